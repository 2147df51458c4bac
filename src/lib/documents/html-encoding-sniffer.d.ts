// html-encoding-sniffer ships no types; this is the one call the web-page reader makes.
declare module 'html-encoding-sniffer' {
  /**
   * The WHATWG encoding sniffing algorithm (BOM, then the `<meta charset>` / `http-equiv` prescan of the first
   * 1024 bytes). Returns the encoding's canonical name (`UTF-8`, `GBK`, `UTF-16LE`…) or `defaultEncoding`.
   */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
