// Unit tests call the app's store and readers directly: load the engine first, as the page does
// before anything reads a saved plan (src/main.tsx, lib/engine-runtime.ts).
import { loadEngine } from './lib/engine-runtime';

await loadEngine();
