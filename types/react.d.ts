/**
 * React 19 JSX types for every spasm-widgets element: attributes, properties
 * and `onspasm-*` events with typed `detail`. The element types are generated
 * from custom-elements.json into dist/types/jsx.d.ts; this only hands them to
 * React. In a React + TypeScript app, once (e.g. in src/main.tsx):
 *
 *   import type {} from 'spasm-widgets/react';
 */
import type { CustomElements } from '../dist/types/jsx.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
