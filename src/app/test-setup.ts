// Unit tests call the app's store and readers directly: load the engine first, as the page does
// before anything reads a saved plan (src/main.tsx, engine-loader/engine-runtime.ts).
import { loadEngine } from './engine-loader/engine-runtime';

await loadEngine();
