import fc from 'fast-check';
import t from 'tap';
import { forbiddenAddress, resolveTarget, TargetForbiddenError } from '../../src/lib/webhook-target.js';

t.test('loopback, private, link-local, metadata and other special addresses are refused', async (t) => {
  const cases: [string, string][] = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['64:ff9b::7f00:1', 'reserved'],
  ];
  for (const [address, reason] of cases) t.equal(forbiddenAddress(address, false), reason, address);
});

t.test('public addresses pass; allowing private targets admits loopback and private ones but never metadata', async (t) => {
  for (const address of ['203.0.113.10', '8.8.8.8', '172.32.0.1', '2606:4700::1111']) t.equal(forbiddenAddress(address, false), null, address);
  t.equal(forbiddenAddress('127.0.0.1', true), null);
  t.equal(forbiddenAddress('10.0.0.1', true), null);
  t.equal(forbiddenAddress('169.254.169.254', true), 'metadata');
  t.equal(forbiddenAddress('not an ip', true), 'not-an-address');
});

t.test('every IPv4 address in 10/8, 127/8 and 192.168/16 is refused, also written as IPv4-mapped IPv6', async () => {
  fc.assert(
    fc.property(fc.constantFrom(10, 127, 192), fc.nat(255), fc.nat(255), fc.nat(255), (a, b, c, d) => {
      const ip = a === 192 ? `192.168.${c}.${d}` : `${a}.${b}.${c}.${d}`;
      return forbiddenAddress(ip, false) !== null && forbiddenAddress(`::ffff:${ip}`, false) !== null;
    }),
  );
});

t.test('a name is resolved and every address it resolves to is checked', async (t) => {
  await t.rejects(resolveTarget(new URL('http://localhost:8080/hook'), false), TargetForbiddenError);
  await t.rejects(resolveTarget(new URL('http://[::1]/hook'), false), TargetForbiddenError);
  await t.rejects(resolveTarget(new URL('http://2130706433/hook'), false), TargetForbiddenError, 'a decimal IPv4 is parsed by the URL as 127.0.0.1');
  t.same(await resolveTarget(new URL('http://localhost:8080/hook'), true).then((r) => r.address.length > 0), true);
  t.same(await resolveTarget(new URL('https://203.0.113.10/hook'), false), { address: '203.0.113.10', family: 4 });
});
