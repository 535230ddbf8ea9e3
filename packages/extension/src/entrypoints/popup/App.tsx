/** The popup shell; the rep and manager tabs come later (docs/ux.md). */
export function App() {
  return (
    <main style={{ width: 380, padding: 16, fontFamily: 'system-ui, sans-serif' }}>
      <h1>OnPace</h1>
      <p>No plan yet.</p>
    </main>
  );
}
