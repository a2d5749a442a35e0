// The packaged CLI's entry (packaging/bundle.mjs): `run(argv)` for the launcher.
export { main as run } from '@cjourney/cli';
