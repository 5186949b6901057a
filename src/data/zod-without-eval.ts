import { z } from 'zod';

// Under the app's Content-Security-Policy (no 'unsafe-eval'), zod must validate without compiling
// code. This runs before any schema is built: it is the first import of the browser entry.
z.config({ jitless: true });
