// The only import of vite-plugin-pwa's virtual module. It is loaded lazily by registerServiceWorker.ts
// because unit-test environments (happy-dom, jsdom) cannot resolve virtual modules: importing it
// statically would break every test that renders a component containing <UpdatePrompt />.
export { registerSW } from 'virtual:pwa-register';
