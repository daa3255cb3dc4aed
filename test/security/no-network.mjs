// Preloaded (node --import) by the security test: every way to open a socket or
// resolve a name throws, so a run that completes made no network access.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const deny = (what) => () => {
  throw new Error(`network access attempted: ${what}`);
};
net.Socket.prototype.connect = deny('net.Socket#connect');
net.connect = net.createConnection = deny('net.connect');
net.createServer = deny('net.createServer');
tls.connect = deny('tls.connect');
dgram.createSocket = deny('dgram.createSocket');
dns.lookup = dns.resolve = deny('dns');
dns.promises.lookup = dns.promises.resolve = deny('dns.promises');
http.request = http.get = https.request = https.get = deny('http(s).request');
globalThis.fetch = deny('fetch');
globalThis.WebSocket = deny('WebSocket');
syncBuiltinESMExports();
