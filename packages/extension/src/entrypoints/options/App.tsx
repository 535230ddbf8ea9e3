/** The options page shell; CRM connections and plan settings come later. */
export function App() {
  return (
    <main style={{ maxWidth: 640, padding: 24, fontFamily: 'system-ui, sans-serif' }}>
      <h1>OnPace settings</h1>
      <p>No plan yet.</p>
    </main>
  );
}
