/**
 * npm run classroom -- [--port 8080] [--data DIR] [--redis HOST:PORT] [--dist DIR]
 *
 * Starts the classroom server: the built app and the live classroom on one port, rooms kept under
 * DIR (./classroom-data by default). Prints the address students open, and its QR code.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import QRCode from 'qrcode';
import { startClassroomServer } from './classroom';
import { lanAddresses } from './lan';

interface Args {
  port: number;
  data: string;
  dist: string;
  redis?: { host: string; port: number };
}

export function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { port: 8080, data: resolve('classroom-data'), dist: resolve('dist') };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') return 'usage: npm run classroom -- [--port 8080] [--data DIR] [--redis HOST:PORT] [--dist DIR]';
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
    i++;
    if (flag === '--port') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 65535) return `--port: "${value}" is not a port number (0–65535)`;
      args.port = n;
    } else if (flag === '--data') args.data = resolve(value);
    else if (flag === '--dist') args.dist = resolve(value);
    else if (flag === '--redis') {
      const m = /^([^:]+):(\d+)$/.exec(value);
      if (!m) return `--redis: "${value}" is not HOST:PORT`;
      args.redis = { host: m[1], port: Number(m[2]) };
    } else return `unknown option ${flag}`;
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    process.exit(2);
  }
  const hasApp = existsSync(resolve(args.dist, 'index.html'));
  if (!hasApp) console.error(`No built app in ${args.dist}: run "npm run build" first. The sync endpoint runs anyway.`);
  const server = await startClassroomServer({
    port: args.port,
    dataDir: args.data,
    ...(hasApp ? { distDir: args.dist } : {}),
    ...(args.redis ? { redis: args.redis } : {}),
    log: (line) => console.log(line),
  });
  const addresses = lanAddresses();
  const urls = (addresses.length > 0 ? addresses : ['127.0.0.1']).map((a) => `http://${a}:${server.port}/`);
  console.log(`Prokuratura Studio classroom server on port ${server.port}`);
  console.log(`  rooms kept in ${args.data}${args.redis ? `, shared over Redis ${args.redis.host}:${args.redis.port}` : ''}`);
  for (const u of urls) console.log(`  open on this network: ${u}`);
  console.log(await QRCode.toString(urls[0], { type: 'terminal', small: true }));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) void main();
