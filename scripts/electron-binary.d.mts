export declare const MISSING_ELECTRON_MESSAGE: string;

export interface ElectronBinaryFs {
  readText(path: string): string;
  isExecutableFile(path: string): boolean;
}

export declare function findElectronBinary(options?: {
  env?: Record<string, string | undefined>;
  electronDir?: string | null;
  fs?: ElectronBinaryFs;
}): string | null;

export declare function explainMissingElectron(writeLine?: (line: string) => void): number;

export declare function canRunElectron(
  binary: string,
  run?: (command: string, args: string[], options: object) => { error?: Error; status: number | null },
): boolean;
