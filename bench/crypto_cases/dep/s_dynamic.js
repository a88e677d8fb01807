async function load() {
  const mod = await import('./plugin.js');
  const zod = await import('zod');
  return [mod, zod];
}
