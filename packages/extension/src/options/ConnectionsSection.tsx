/**
 * CRM connections (Salesforce session status, HubSpot token) are a later feature; this section
 * holds their place without pretending to controls that do nothing yet.
 */
export function ConnectionsSection() {
  return (
    <section aria-labelledby="connections-heading" className="card stack connections">
      <h2 id="connections-heading">Connections</h2>
      <p className="small muted">
        CRM sync is not set up yet: OnPace counts what you log by hand and what you import.
      </p>
    </section>
  );
}
