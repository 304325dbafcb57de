/**
 * The baseline of the protocol benchmarks: a bare Node HTTP server, in its own process, that
 * answers every request with a small XML document, as fast as Node can. Prints its port.
 */
import http from 'node:http';

const body =
  '<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas"><cas:authenticationSuccess><cas:user>n0025vuz</cas:user></cas:authenticationSuccess></cas:serviceResponse>';
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
