import { createApp } from 'vue';
import 'myocheck/define/myo-symptom-checklist.js';
import 'myocheck/define/myo-referral-banner.js';
import type {} from 'myocheck/vue';
import App from './App.vue';

createApp(App).mount('#app');
