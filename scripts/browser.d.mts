export declare const SYSTEM_CHROMIUM: string;
export declare function playwrightChromium(): string | null;
export declare function findChromium(): { path: string; source: 'ARCHTREE_CHROMIUM' | 'debian' | 'playwright' } | null;
