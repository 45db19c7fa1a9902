/**
 * The monospace font of the PDF's code blocks (the policies and configuration in the
 * decision record): JetBrains Mono from @fontsource/jetbrains-mono (SIL Open Font License
 * 1.1), Latin slice, regular weight, WOFF 1 like the other bundled fonts. Chosen for its
 * unambiguous 0/O and 1/l/I and its tall lowercase, which keep ARNs and condition keys
 * readable at the record's 8 pt. Characters outside its Latin slice fall back to the prose
 * chain (planPdfFonts).
 */
export const MONOSPACE_FONT = {
  id: 'jetbrains-mono-latin',
  regular: '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff',
  monospace: true,
} as const;
