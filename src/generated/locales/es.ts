
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.not-diagnosis': `Esto es información general, no es un diagnóstico.`,
'cta.call': str`Llame al ${0}`,
'cta.checked': str`Llame al ${0} o vaya al servicio de urgencias más cercano ahora mismo.`,
'cta.kiosk': str`Avise ahora en recepción, o llame al ${0}.`,
'cta.list': str`Si tiene alguna de estas, llame al ${0} o vaya al servicio de urgencias más cercano ahora mismo.`,
'flag.balance-coordination': `Problemas nuevos para mantener el equilibrio o para controlar sus movimientos`,
'flag.bladder-bowel': `No puede controlar la vejiga o el intestino, o de repente le cuesta orinar`,
'flag.cannot-move': `El dolor es tan fuerte que no puede hacer movimientos básicos`,
'flag.fever': str`Fiebre de ${0} (${1}) o más, además del dolor de espalda`,
'flag.leg-weakness-numbness': `Entumecimiento, hormigueo o debilidad, nuevos o que han empeorado, en las piernas, los pies, las nalgas o los brazos`,
'flag.one-side-numbness': `Entumecimiento en un lado del cuerpo`,
'flag.saddle-numbness': `Entumecimiento u hormigueo entre las piernas: alrededor de los genitales, las nalgas o la parte interna de los muslos`,
'flag.severe-injury': `El dolor empezó después de un accidente de coche, una caída o un golpe fuerte haciendo deporte`,
'flag.weight-loss': `Perder mucho peso sin intentarlo`,
'flags.heading': `Señales de alarma urgentes`,
'flags.intro': `El dolor de espalda con cualquiera de estas señales necesita atención de urgencia.`,
'flags.legend': `¿Tiene alguna de estas ahora mismo? Marque todas las que tenga.`,
'flags.none': `Ninguna de estas`,
'flags.none-note': str`Ninguna de estas señales: bien. Si aparece alguna, o si algo le preocupa, llame al ${0} o vaya al servicio de urgencias más cercano.`,
'kiosk.finish': `Terminar`,
'kiosk.finish-now': `Terminar y borrar`,
'kiosk.home': `Inicio`,
'kiosk.home-heading': `¿En qué le podemos ayudar?`,
'kiosk.idle-text': str`Para que sus respuestas sigan siendo privadas, esta pantalla se borrará en ${0} segundos.`,
'kiosk.idle-title': `¿Sigue ahí?`,
'kiosk.language': `Idioma`,
'kiosk.red-flags': `Señales de alarma`,
'kiosk.red-flags-blurb': `Cuándo el dolor de espalda necesita atención de urgencia`,
'kiosk.still-here': `Sigo aquí`,
'kiosk.stretches': `Estiramientos suaves`,
'kiosk.stretches-blurb': `Estiramientos paso a paso con dibujos`,
'kiosk.tap': `Toque para empezar`,
'kiosk.timer': `Temporizador de frío y calor`,
'kiosk.timer-blurb': `Mida una sesión de frío o calor con seguridad`,
'kiosk.triage': `Revise su dolor de espalda`,
'kiosk.triage-blurb': `Unas preguntas y luego qué hacer`,
    };
  