/** wawoff2 ships no types: its decoder takes a WOFF2 file and resolves to the TrueType/OpenType font inside. */
declare module 'wawoff2/decompress.js' {
    export default function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
