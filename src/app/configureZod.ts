/**
 * Must be the first import of the entry: zod decides whether to compile parsers with
 * `new Function` when each schema is constructed (at import time of src/scene/schema.ts), and a
 * strict Content-Security-Policy blocks and reports that. Jitless parsing is slower but allowed.
 */
import { z } from 'zod';

z.config({ jitless: true });
