export { createServer, type ServerOptions } from './create-server.js';
export { listen, type ListenOptions, type RunningServer } from './listen.js';
