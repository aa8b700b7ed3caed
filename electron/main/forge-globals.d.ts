// Defined by Electron Forge's Vite plugin at build time (absent in plain builds).
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
