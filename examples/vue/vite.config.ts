import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    // <myo-…> tags are custom elements, not Vue components
    vue({ template: { compilerOptions: { isCustomElement: tag => tag.startsWith('myo-') } } }),
  ],
});
