import { mount } from 'svelte';
import 'myocheck/define/myo-symptom-checklist.js';
import 'myocheck/define/myo-referral-banner.js';
import type {} from 'myocheck/svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
