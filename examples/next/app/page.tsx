import { SelfCheckSection } from './self-check-section';

// A server component: it renders on the server; the widgets inside come alive on the client.
export default function Page() {
  return (
    <main>
      <h1>How are your muscles?</h1>
      <SelfCheckSection />
    </main>
  );
}
