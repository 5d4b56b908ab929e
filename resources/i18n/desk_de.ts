<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessModePage</name>
    <message>
        <source>Access mode</source>
        <translation>Zugangsart</translation>
    </message>
    <message>
        <source>The AI Factories&apos; access modes, their limits, and whether the mode is free for you.</source>
        <translation>Die Zugangsarten der AI Factories, ihre Grenzen und ob die Zugangsart für Sie kostenlos ist.</translation>
    </message>
    <message>
        <source>h100 (optional)</source>
        <translation>h100 (optional)</translation>
    </message>
    <message>
        <source> GPU-hours</source>
        <translation> GPU-Stunden</translation>
    </message>
    <message>
        <source>Access &amp;mode</source>
        <translation>Zugangs&amp;art</translation>
    </message>
    <message>
        <source>GPU &amp;type</source>
        <translation>GPU-&amp;Typ</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU-Typ</translation>
    </message>
    <message>
        <source>The GPU model you need, if any</source>
        <translation>Das benötigte GPU-Modell, falls vorhanden</translation>
    </message>
    <message>
        <source>&amp;Compute asked</source>
        <translation>&amp;Beantragte Rechenzeit</translation>
    </message>
    <message>
        <source>GPU-hours asked</source>
        <translation>Beantragte GPU-Stunden</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>✔ Free for this applicant — </source>
        <translation>✔ Kostenlos für diese Antragsteller — </translation>
    </message>
    <message>
        <source>✘ Not free — </source>
        <translation>✘ Nicht kostenlos — </translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Apply via</source>
        <translation>Antrag über</translation>
    </message>
    <message>
        <source>Single source (not confirmed elsewhere): %1.</source>
        <translation>Nur eine Quelle (anderswo nicht bestätigt): %1.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>The access mode your allocation was granted under, and the project account the site charges for the job.</source>
        <translation>Die Zugangsart, unter der Ihr Kontingent gewährt wurde, und das Projektkonto, dem der Standort den Job berechnet.</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Zugangsart</translation>
    </message>
    <message>
        <source>Project account</source>
        <translation>Projektkonto</translation>
    </message>
    <message>
        <source>the project (Slurm account) of your allocation</source>
        <translation>das Projekt (Slurm-Account) Ihres Kontingents</translation>
    </message>
    <message>
        <source>Access &amp;mode:</source>
        <translation>Zugangs&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Project account:</source>
        <translation>&amp;Projektkonto:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>The site&apos;s welcome message or project portal names the account. </source>
        <translation>Die Willkommensnachricht oder das Projektportal des Standorts nennt das Konto. </translation>
    </message>
    <message>
        <source>The demo accepts any account name.</source>
        <translation>Die Demo akzeptiert jeden Kontonamen.</translation>
    </message>
    <message>
        <source>The access mode is only noted in the job comment for your own records; Slurm does not need it.</source>
        <translation>Die Zugangsart wird nur im Job-Kommentar für Ihre eigenen Unterlagen vermerkt; Slurm braucht sie nicht.</translation>
    </message>
    <message>
        <source>Noted in the job comment for your records.</source>
        <translation>Im Job-Kommentar für Ihre Unterlagen vermerkt.</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
</context>
<context>
    <name>ApplicantPage</name>
    <message>
        <source>Who is applying</source>
        <translation>Wer beantragt</translation>
    </message>
    <message>
        <source>Your organisation and how to reach you. Fields marked * are needed to send the application.</source>
        <translation>Ihre Organisation und wie man Sie erreicht. Mit * markierte Felder sind zum Absenden nötig.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>AT</translation>
    </message>
    <message>
        <source>name@company.eu</source>
        <translation>name@firma.eu</translation>
    </message>
    <message>
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisation *</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Land *</translation>
    </message>
    <message>
        <source>Where the organisation is established: ISO code, e.g. AT</source>
        <translation>Wo die Organisation ansässig ist: ISO-Code, z. B. AT</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language you want to be answered in: ISO code, e.g. de</source>
        <translation>Sprache, in der Sie Antwort wünschen: ISO-Code, z. B. de</translation>
    </message>
    <message>
        <source>C&amp;ontact *</source>
        <translation>&amp;Kontakt *</translation>
    </message>
    <message>
        <source>E-mail address the support centre can answer</source>
        <translation>E-Mail-Adresse, an die das Support-Zentrum antworten kann</translation>
    </message>
</context>
<context>
    <name>ApplyWizard</name>
    <message>
        <source>Users must be established in an EU member state or in a country associated to Horizon Europe (EuroHPC access policy).</source>
        <translation>Nutzer müssen in einem EU-Mitgliedstaat oder in einem mit Horizont Europa assoziierten Land ansässig sein (EuroHPC-Zugangsrichtlinie).</translation>
    </message>
    <message>
        <source>EuroHPC machines are for civilian applications (Regulation (EU) 2021/1173).</source>
        <translation>EuroHPC-Rechner sind für zivile Anwendungen bestimmt (Verordnung (EU) 2021/1173).</translation>
    </message>
    <message>
        <source>Apply for access</source>
        <translation>Zugang beantragen</translation>
    </message>
    <message>
        <source>&amp;Send application</source>
        <translation>Antrag &amp;senden</translation>
    </message>
    <message>
        <source>Sending the application to the Hub…</source>
        <translation>Der Antrag wird an den Hub gesendet…</translation>
    </message>
    <message>
        <source>Not sent — the Hub refused it: %1</source>
        <translation>Nicht gesendet — der Hub hat ihn abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Hub refused %1: %2</source>
        <translation>Der Hub hat %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <source>CPU only</source>
        <extracomment>gres type → (short model, full model) gres type → GPUs per node (registry)</extracomment>
        <translation>nur CPU</translation>
    </message>
    <message>
        <source>no GPUs in this partition</source>
        <translation>keine GPUs in dieser Partition</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>cached data from an earlier run</source>
        <translation>zwischengespeicherte Daten aus einem früheren Lauf</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>Demo — simulierte Last</translation>
    </message>
    <message>
        <source>%1 GPUs out of service: %2 drained and %3 down node(s)</source>
        <translation>%1 GPUs außer Betrieb: %2 geleerte und %3 ausgefallene Knoten</translation>
    </message>
    <message>
        <source>the site reports no expected start for its queue</source>
        <translation>der Standort meldet keinen erwarteten Start für seine Warteschlange</translation>
    </message>
    <message>
        <source>Slurm&apos;s expected start of the first pending job: %1</source>
        <translation>Von Slurm erwarteter Start des ersten wartenden Jobs: %1</translation>
    </message>
    <message>
        <source>All GPUs</source>
        <translation>Alle GPUs</translation>
    </message>
    <message>
        <source>every whole GPU of the federation (MIG slices apart); a node in several partitions counts once</source>
        <translation>jede ganze GPU der Föderation (ohne MIG-Teile); ein Knoten in mehreren Partitionen zählt einmal</translation>
    </message>
    <message>
        <source>sites: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message>
        <source>drained or down</source>
        <translation>geleert oder ausgefallen</translation>
    </message>
    <message>
        <source>GPUs asked for by pending jobs (a job queued in several partitions counts in each)</source>
        <translation>von wartenden Jobs angeforderte GPUs (ein Job, der in mehreren Partitionen wartet, zählt in jeder)</translation>
    </message>
    <message>
        <source>the whole federation</source>
        <extracomment>what the stacked plot covers (the selected site, or the whole federation) where ``free`` has a gap because some sites (not all) had no data: what the sites that answered add up to (joined to the neighbouring complete ticks), else ``nan`` per tick, how many of the ``site_count`` sites had data</extracomment>
        <translation>die gesamte Föderation</translation>
    </message>
    <message>
        <source>Utilisation by hour × weekday, last %1 days</source>
        <translation>Auslastung nach Stunde × Wochentag, letzte %1 Tage</translation>
    </message>
</context>
<context>
    <name>AvailabilityView</name>
    <message>
        <source>&lt;b&gt;GPUs per GPU model&lt;/b&gt; — a node in several partitions counts once</source>
        <translation>&lt;b&gt;GPUs je GPU-Modell&lt;/b&gt; — ein Knoten in mehreren Partitionen zählt einmal</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>Demo — simulierte Last</translation>
    </message>
    <message>
        <source>Federation totals per GPU model</source>
        <translation>Summen der Föderation je GPU-Modell</translation>
    </message>
    <message>
        <source>Filter machines, partitions, GPU models… (Ctrl+F)</source>
        <translation>Maschinen, Partitionen, GPU-Modelle filtern… (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the availability table</source>
        <translation>Verfügbarkeitstabelle filtern</translation>
    </message>
    <message>
        <source>Only partitions with free GPUs</source>
        <translation>Nur Partitionen mit freien GPUs</translation>
    </message>
    <message>
        <source>Show only partitions with free GPUs</source>
        <translation>Nur Partitionen mit freien GPUs anzeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export a table as CSV</source>
        <translation>Eine Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Partitions as CSV…</source>
        <translation>Partitionen als CSV…</translation>
    </message>
    <message>
        <source>Totals per GPU model as CSV…</source>
        <translation>Summen je GPU-Modell als CSV…</translation>
    </message>
    <message>
        <source>GPU availability per partition</source>
        <translation>GPU-Verfügbarkeit je Partition</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Trustworthy-AI self-assessment</source>
        <translation>Selbstbewertung vertrauenswürdige KI</translation>
    </message>
    <message>
        <source>Minimal risk (e.g. spam filters, games)</source>
        <extracomment>The AI Act&apos;s risk categories as the checklist offers them (ids: domain.triage.AI_ACT_RISKS).</extracomment>
        <translation>Minimales Risiko (z. B. Spamfilter, Spiele)</translation>
    </message>
    <message>
        <source>Limited risk: transparency duties (chatbots, generated content)</source>
        <translation>Begrenztes Risiko: Transparenzpflichten (Chatbots, generierte Inhalte)</translation>
    </message>
    <message>
        <source>High risk (Annex III: health, hiring, credit, education, critical infrastructure…)</source>
        <translation>Hohes Risiko (Anhang III: Gesundheit, Personalauswahl, Kredit, Bildung, kritische Infrastruktur…)</translation>
    </message>
    <message>
        <source>Prohibited practice (Art. 5: social scoring, manipulation…)</source>
        <translation>Verbotene Praxis (Art. 5: Social Scoring, Manipulation…)</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Noch unklar</translation>
    </message>
    <message>
        <source>Show that the work is ethical and responsible. The trustworthy-AI self-assessment is this desk&apos;s own checklist; it is not a documented EuroHPC access condition.</source>
        <translation>Zeigen Sie, dass die Arbeit ethisch und verantwortungsvoll ist. Die Selbstbewertung für vertrauenswürdige KI ist eine eigene Checkliste dieses Desks; sie ist keine dokumentierte EuroHPC-Zugangsbedingung.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Joined the AI Pact: yes</source>
        <translation>Dem AI Pact beigetreten: ja</translation>
    </message>
    <message>
        <source>Joined the AI Pact: no</source>
        <translation>Dem AI Pact beigetreten: nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>e.g. consent, Art. 9(2)(j) research</source>
        <translation>z. B. Einwilligung, Art. 9 Abs. 2 lit. j Forschung</translation>
    </message>
    <message>
        <source>What the model will be used for, by whom</source>
        <translation>Wofür das Modell verwendet wird, von wem</translation>
    </message>
    <message>
        <source>AI Act &amp;risk category</source>
        <translation>&amp;Risikokategorie nach AI Act</translation>
    </message>
    <message>
        <source>AI Act risk category</source>
        <translation>Risikokategorie nach AI Act</translation>
    </message>
    <message>
        <source>Your own reading of the AI Act&apos;s risk categories</source>
        <translation>Ihre eigene Einschätzung der Risikokategorien des AI Act</translation>
    </message>
    <message>
        <source>Joined the AI Pact?</source>
        <translation>Dem AI Pact beigetreten?</translation>
    </message>
    <message>
        <source>&amp;Personal data?</source>
        <translation>&amp;Personenbezogene Daten?</translation>
    </message>
    <message>
        <source>Personal data processed</source>
        <translation>Personenbezogene Daten verarbeitet</translation>
    </message>
    <message>
        <source>Does training or use process personal data?</source>
        <translation>Werden beim Training oder bei der Nutzung personenbezogene Daten verarbeitet?</translation>
    </message>
    <message>
        <source>&amp;GDPR legal basis</source>
        <translation>&amp;DSGVO-Rechtsgrundlage</translation>
    </message>
    <message>
        <source>GDPR legal basis</source>
        <translation>DSGVO-Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Needed when personal data is processed</source>
        <translation>Nötig, wenn personenbezogene Daten verarbeitet werden</translation>
    </message>
    <message>
        <source>&amp;Intended use</source>
        <translation>&amp;Verwendungszweck</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Verwendungszweck</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Age</source>
        <extracomment>The PDF&apos;s column titles: the table&apos;s own (context ``Column``) where the table has them.</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>GPU demand</source>
        <translation>GPU-Bedarf</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Factory</translation>
    </message>
    <message>
        <source>Support centre</source>
        <translation>Supportzentrum</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Elapsed / limit</source>
        <translation>Laufzeit / Limit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>Estimated start</source>
        <translation>Geschätzter Start</translation>
    </message>
    <message>
        <source>Free GPUs</source>
        <translation>Freie GPUs</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Total GPUs</source>
        <translation>GPUs gesamt</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Queue (jobs)</source>
        <translation>Wartende Jobs</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>GPUs out of service: on down nodes, and idle on drained nodes</source>
        <translation>GPUs außer Betrieb: auf ausgefallenen Knoten und untätig auf geleerten Knoten</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>Geleert</translation>
    </message>
    <message>
        <source>nodes drained by the site (their running jobs may still finish)</source>
        <translation>vom Standort geleerte Knoten (laufende Jobs dürfen noch enden)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>nodes down</source>
        <translation>ausgefallene Knoten</translation>
    </message>
    <message>
        <source>Queued GPUs</source>
        <translation>Wartende GPUs</translation>
    </message>
    <message>
        <source>Next start (Slurm)</source>
        <translation>Nächster Start (Slurm)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Datenalter</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Free share</source>
        <translation>Freier Anteil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>slurmrestd URL</source>
        <translation>slurmrestd-URL</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU-Typ</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>Wartende Jobs</translation>
    </message>
    <message>
        <source>Max time</source>
        <translation>Max. Laufzeit</translation>
    </message>
    <message>
        <source>Max nodes</source>
        <translation>Max. Knoten</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Zugangsart</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type to find an action or a view; Enter runs it, Escape closes.</source>
        <translation>Tippen Sie, um eine Aktion oder Ansicht zu finden; Eingabe führt sie aus, Escape schließt.</translation>
    </message>
    <message>
        <source>Type an action or a view…</source>
        <translation>Aktion oder Ansicht eingeben…</translation>
    </message>
    <message>
        <source>Find an action</source>
        <translation>Aktion suchen</translation>
    </message>
    <message>
        <source>Matching actions</source>
        <translation>Passende Aktionen</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter run · Esc close</source>
        <translation>↑↓ auswählen · Eingabe ausführen · Esc schließen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>State</source>
        <extracomment>The editable fields of a request (``domain.triage.EDITABLE``) as people call them.</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>AI Factory</translation>
    </message>
    <message>
        <source>Support centre</source>
        <translation>Supportzentrum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU-Typ</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Zugangsart</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Request #%1 changed meanwhile</source>
        <translation>Anfrage #%1 wurde inzwischen geändert</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>Check “Use mine” for each of your changes to keep when merging; Space toggles</source>
        <translation>Markieren Sie „Meine verwenden“ für jede Ihrer Änderungen, die beim Zusammenführen bleiben soll; Leertaste schaltet um</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>You saw</source>
        <translation>Sie sahen</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Now on the Hub</source>
        <translation>Jetzt im Hub</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Meine verwenden</translation>
    </message>
    <message>
        <source>  ⚠ both changed</source>
        <translation>  ⚠ beide geändert</translation>
    </message>
    <message>
        <source>use mine</source>
        <translation>meine verwenden</translation>
    </message>
    <message>
        <source>(not mine)</source>
        <translation>(nicht meine)</translation>
    </message>
    <message>
        <source>Someone else saved this request (now version %1) after you opened it. Merge the checked fields of your change, retry all of it, or discard it.</source>
        <translation>Jemand anderes hat diese Anfrage (jetzt Version %1) gespeichert, nachdem Sie sie geöffnet hatten. Führen Sie die markierten Felder Ihrer Änderung zusammen, senden Sie alles erneut oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Merge checked</source>
        <translation>Markierte &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Retry all mine</source>
        <translation>Alles &amp;erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>Meine &amp;verwerfen</translation>
    </message>
    <message>
        <source>Send the checked fields of your change on top of the new version</source>
        <translation>Die markierten Felder Ihrer Änderung auf die neue Version anwenden</translation>
    </message>
    <message>
        <source>Send all of your change again on top of the new version</source>
        <translation>Ihre ganze Änderung erneut auf die neue Version anwenden</translation>
    </message>
    <message>
        <source>Keep what is on the Hub now</source>
        <translation>Den jetzigen Stand im Hub behalten</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Sites &amp; credentials</source>
        <translation>Standorte &amp;&amp; Zugangsdaten</translation>
    </message>
    <message>
        <source>Tokens of the sites you connect are kept in the OS keyring (%1) and nowhere else. Demo tokens are published by the local demo federation and kept in memory only.</source>
        <translation>Tokens der verbundenen Standorte werden im Schlüsselbund des Betriebssystems (%1) gespeichert und nirgends sonst. Demo-Tokens veröffentlicht die lokale Demo-Föderation; sie bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>Sites and their credentials</source>
        <translation>Standorte und ihre Zugangsdaten</translation>
    </message>
    <message>
        <source>No site to submit to yet. “Connect a site…” adds one with its slurmrestd URL, your user name and a token; the demo&apos;s sites appear here when the demo runs.</source>
        <translation>Noch kein Standort zum Einreichen. „Standort verbinden…“ fügt einen mit seiner slurmrestd-URL, Ihrem Benutzernamen und einem Token hinzu; die Standorte der Demo erscheinen hier, wenn die Demo läuft.</translation>
    </message>
    <message>
        <source>&amp;Connect a site…</source>
        <translation>Standort &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Renew token…</source>
        <translation>Token &amp;erneuern…</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Get new &amp;demo tokens</source>
        <translation>Neue &amp;Demo-Tokens holen</translation>
    </message>
    <message>
        <source>Connect a site</source>
        <translation>Standort verbinden</translation>
    </message>
    <message>
        <source>Add a site by its slurmrestd URL, user and token</source>
        <translation>Einen Standort über slurmrestd-URL, Benutzer und Token hinzufügen</translation>
    </message>
    <message>
        <source>Renew token</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>Enter a new token for the selected connected site</source>
        <translation>Ein neues Token für den gewählten verbundenen Standort eingeben</translation>
    </message>
    <message>
        <source>Forget the site</source>
        <translation>Standort entfernen</translation>
    </message>
    <message>
        <source>Remove the selected connected site and delete its token</source>
        <translation>Den gewählten verbundenen Standort entfernen und sein Token löschen</translation>
    </message>
    <message>
        <source>Get new demo tokens</source>
        <translation>Neue Demo-Tokens holen</translation>
    </message>
    <message>
        <source>Read the demo federation&apos;s current tokens again</source>
        <translation>Die aktuellen Tokens der Demo-Föderation erneut lesen</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>memory (demo token)</source>
        <translation>Arbeitsspeicher (Demo-Token)</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>no token stored: renew it</source>
        <translation>kein Token gespeichert: bitte erneuern</translation>
    </message>
    <message>
        <source>The demo tokens were read again from the demo federation; the table shows their expiry.</source>
        <translation>Die Demo-Tokens wurden erneut von der Demo-Föderation gelesen; die Tabelle zeigt ihr Ablaufdatum.</translation>
    </message>
    <message>
        <source>Forget the site?</source>
        <translation>Standort entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 and delete its token from the keyring?</source>
        <translation>%1 entfernen und sein Token aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>%1: token deleted.</source>
        <translation>%1: Token gelöscht.</translation>
    </message>
    <message>
        <source>Asking the demo federation for new tokens…</source>
        <translation>Die Demo-Föderation wird nach neuen Tokens gefragt…</translation>
    </message>
    <message>
        <source>The demo federation is not running yet; try again in a moment.</source>
        <translation>Die Demo-Föderation läuft noch nicht; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 connected; its token is in the OS keyring.</source>
        <translation>%1 verbunden; sein Token liegt im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>%1 connected; no secure keyring, so its token is kept for this run only and must be entered again after a restart.</source>
        <translation>%1 verbunden; kein sicherer Schlüsselbund, daher gilt das Token nur für diese Sitzung und muss nach einem Neustart erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>DemoProcess</name>
    <message>
        <source>The demo federation stopped unexpectedly (exit code %1).</source>
        <translation>Die Demo-Föderation wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo federation could not be started.</source>
        <translation>Die Demo-Föderation konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The demo federation did not report ready within %1 s.</source>
        <translation>Die Demo-Föderation hat sich nicht innerhalb von %1 s bereit gemeldet.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Support centre details</source>
        <translation>Details des Support-Zentrums</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Website öffnen</translation>
    </message>
    <message>
        <source>Compose e-mail</source>
        <translation>E-Mail verfassen</translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation>Kontakt kopieren</translation>
    </message>
    <message>
        <source>Export vCard…</source>
        <translation>vCard exportieren…</translation>
    </message>
    <message>
        <source>Staff notes on this centre (kept on this computer, saved as you type)</source>
        <translation>Notizen des Teams zu diesem Zentrum (auf diesem Computer gespeichert, während Sie tippen)</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Notizen des Teams</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen des Teams&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a support centre to see its services, contacts and sources.</source>
        <translation>Wählen Sie ein Support-Zentrum, um seine Dienste, Kontakte und Quellen zu sehen.</translation>
    </message>
    <message>
        <source>No website is known for this centre.</source>
        <translation>Für dieses Zentrum ist keine Website bekannt.</translation>
    </message>
    <message>
        <source>The website on record is not a valid address.</source>
        <translation>Die hinterlegte Website ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>No e-mail address is known for this centre — no source gives one.</source>
        <translation>Für dieses Zentrum ist keine E-Mail-Adresse bekannt — keine Quelle nennt eine.</translation>
    </message>
    <message>
        <source>The e-mail on record is not a valid address.</source>
        <translation>Die hinterlegte E-Mail ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Composing an e-mail to %1</source>
        <translation>E-Mail an %1 wird verfasst</translation>
    </message>
    <message>
        <source>Contact of %1 copied</source>
        <translation>Kontakt von %1 kopiert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading saved notes…</source>
        <translation>Gespeicherte Notizen werden gelesen…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Kept on this computer only.</source>
        <translation>Nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet (%1); will retry.</source>
        <translation>Noch nicht gespeichert (%1); neuer Versuch folgt.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>National Competence Centre</source>
        <translation>Nationales Kompetenzzentrum</translation>
    </message>
    <message>
        <source>AI Factory one-stop shop</source>
        <translation>Zentrale Anlaufstelle einer AI Factory</translation>
    </message>
    <message>
        <source>AI Factory Antenna</source>
        <translation>AI-Factory-Antenne</translation>
    </message>
    <message>
        <source>Testing and Experimentation Facility</source>
        <translation>Test- und Experimentiereinrichtung</translation>
    </message>
    <message>
        <source>NCC</source>
        <translation>NCC</translation>
    </message>
    <message>
        <source>One-stop shop</source>
        <translation>Anlaufstelle</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>TEF</source>
        <translation>TEF</translation>
    </message>
    <message>
        <source>NCCs</source>
        <translation>NCCs</translation>
    </message>
    <message>
        <source>One-stop shops</source>
        <translation>Anlaufstellen</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antennen</translation>
    </message>
    <message>
        <source>Testing facilities (TEFs)</source>
        <translation>Testeinrichtungen (TEFs)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Linked factory</source>
        <translation>Verbundene Factory</translation>
    </message>
    <message>
        <source>Onboarding and access</source>
        <translation>Einstieg und Zugang</translation>
    </message>
    <message>
        <source>HPC training</source>
        <translation>HPC-Schulung</translation>
    </message>
    <message>
        <source>AI training</source>
        <translation>KI-Schulung</translation>
    </message>
    <message>
        <source>Code porting and optimisation</source>
        <translation>Code-Portierung und -Optimierung</translation>
    </message>
    <message>
        <source>Algorithmic and AI expert support</source>
        <translation>Algorithmische und KI-Expertenunterstützung</translation>
    </message>
    <message>
        <source>Data storage and management</source>
        <translation>Datenspeicherung und -verwaltung</translation>
    </message>
    <message>
        <source>Legal, ethics and AI Act</source>
        <translation>Recht, Ethik und KI-Verordnung</translation>
    </message>
    <message>
        <source>Business and funding advice</source>
        <translation>Geschäfts- und Förderberatung</translation>
    </message>
    <message>
        <source>AI testing and experimentation</source>
        <translation>KI-Tests und -Experimente</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Life sciences</source>
        <translation>Biowissenschaften</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>Agri-food</source>
        <translation>Agrar und Lebensmittel</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Climate and Earth</source>
        <translation>Klima und Erde</translation>
    </message>
    <message>
        <source>Mobility and automotive</source>
        <translation>Mobilität und Automobil</translation>
    </message>
    <message>
        <source>Smart cities</source>
        <translation>Smart Cities</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Öffentlicher Sektor</translation>
    </message>
    <message>
        <source>Cybersecurity and defence</source>
        <translation>Cybersicherheit und Verteidigung</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Raumfahrt</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Media and culture</source>
        <translation>Medien und Kultur</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <source>Language and LLMs</source>
        <translation>Sprache und LLMs</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>Robotik</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Werkstoffe</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Baskisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irisch</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>Galicisch</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Isländisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Luxemburgisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Mazedonisch</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>Maltesisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Romansh</source>
        <translation>Rätoromanisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>no provenance given</source>
        <translation>keine Herkunft angegeben</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>jetzt geöffnet</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>jetzt geschlossen</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>Zeiten unbekannt</translation>
    </message>
    <message>
        <source>no source gives opening hours</source>
        <translation>keine Quelle nennt Öffnungszeiten</translation>
    </message>
    <message>
        <source>the opening hours cannot be read</source>
        <translation>die Öffnungszeiten sind nicht lesbar</translation>
    </message>
    <message>
        <source>the centre&apos;s time zone is unknown</source>
        <translation>die Zeitzone des Zentrums ist unbekannt</translation>
    </message>
    <message>
        <source>open around the clock</source>
        <translation>rund um die Uhr geöffnet</translation>
    </message>
    <message>
        <source>until %1 (%2)</source>
        <translation>bis %1 (%2)</translation>
    </message>
    <message>
        <source>no opening time in the week</source>
        <translation>keine Öffnungszeit in der Woche</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>opens %1 %2 (%3)</source>
        <translation>öffnet %1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>DirectoryDetail</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>Zeitzone unbekannt</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Öffnungszeiten: %1</translation>
    </message>
    <message>
        <source>AI Factories: %1</source>
        <translation>AI Factories: %1</translation>
    </message>
    <message>
        <source>no source gives it</source>
        <translation>keine Quelle nennt es</translation>
    </message>
    <message>
        <source>not a valid address</source>
        <translation>keine gültige Adresse</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation>Land unbekannt</translation>
    </message>
    <message>
        <source>This entry has problems</source>
        <translation>Dieser Eintrag hat Probleme</translation>
    </message>
    <message>
        <source>shown as served:</source>
        <translation>so angezeigt, wie geliefert:</translation>
    </message>
    <message>
        <source>local time %1</source>
        <translation>Ortszeit %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Node countries</source>
        <translation>Länder der Knoten</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>AI Factories</source>
        <translation>AI Factories</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>keine verknüpft</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>No source address recorded.</source>
        <translation>Keine Quellenadresse erfasst.</translation>
    </message>
    <message>
        <source>confirmed = read in the cited sources; single source = one secondary source; unverified = no source read (an assumption, labelled). Unknown values are left empty, never guessed.</source>
        <translation>bestätigt = in den genannten Quellen gelesen; eine Quelle = eine Sekundärquelle; unbestätigt = keine Quelle gelesen (eine gekennzeichnete Annahme). Unbekannte Werte bleiben leer und werden nie geraten.</translation>
    </message>
</context>
<context>
    <name>DirectoryExport</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>centres: %1</source>
        <translation>Zentren: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>data as of %1</source>
        <translation>Datenstand %1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>exportiert %1</translation>
    </message>
    <message>
        <source>%1 — support-centre directory</source>
        <translation>%1 — Verzeichnis der Supportzentren</translation>
    </message>
    <message>
        <source>Chosen by %1</source>
        <translation>Ausgewählt nach %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>Zeitzone unbekannt</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Zentrum</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>AI Factories</source>
        <translation>AI Factories</translation>
    </message>
    <message>
        <source>† single source or unverified (an assumption, labelled). &lt;i&gt;unknown&lt;/i&gt; = no source gives it; nothing is guessed.</source>
        <translation>† eine Quelle oder unbestätigt (eine gekennzeichnete Annahme). &lt;i&gt;unbekannt&lt;/i&gt; = keine Quelle nennt es; nichts wird geraten.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>bundled copy</source>
        <translation>mitgelieferten Kopie</translation>
    </message>
    <message>
        <source>Hub at %1</source>
        <translation>Hub unter %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundled directory could not be read: %1</source>
        <translation>Das mitgelieferte Verzeichnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The Hub&apos;s directory could not be read (%1); showing the %2.</source>
        <translation>Das Verzeichnis des Hubs konnte nicht gelesen werden (%1); angezeigt wird %2.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search names, services, sectors, languages, cities… — typos are fine (Ctrl+F)</source>
        <translation>Namen, Dienste, Branchen, Sprachen, Städte suchen… — Tippfehler sind kein Problem (Strg+F)</translation>
    </message>
    <message>
        <source>Search the support centres</source>
        <translation>Support-Zentren durchsuchen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>List as CSV…</source>
        <translation>Liste als CSV…</translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation>Liste als PDF…</translation>
    </message>
    <message>
        <source>Support centres</source>
        <translation>Support-Zentren</translation>
    </message>
    <message>
        <source>%1 of %2 centres</source>
        <translation>%1 von %2 Zentren</translation>
    </message>
    <message>
        <source>Loading the directory…</source>
        <translation>Verzeichnis wird geladen…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Source: %1 · data as of %2</source>
        <translation>Quelle: %1 · Datenstand %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) with problems, shown with ⚠</source>
        <translation>
            <numerusform>%n Eintrag mit Problemen, mit ⚠ markiert</numerusform>
            <numerusform>%n Einträge mit Problemen, mit ⚠ markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Liste als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export the list as PDF</source>
        <translation>Liste als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Support-centre directory</source>
        <translation>Verzeichnis der Support-Zentren</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export the contact as vCard</source>
        <translation>Kontakt als vCard exportieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
</context>
<context>
    <name>DraftSaver</name>
    <message>
        <source>The job draft could not be saved: %1</source>
        <translation>Der Job-Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Start-up or SME</source>
        <translation>Start-up oder KMU</translation>
    </message>
    <message>
        <source>Other industry</source>
        <translation>Sonstige Industrie</translation>
    </message>
    <message>
        <source>Academia / research</source>
        <translation>Hochschule / Forschung</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Öffentlicher Sektor</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Who may use the EuroHPC AI Factories.</source>
        <translation>Wer die EuroHPC AI Factories nutzen darf.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>an EU member state</source>
        <translation>ein EU-Mitgliedstaat</translation>
    </message>
    <message>
        <source>a country associated to Horizon Europe</source>
        <translation>ein mit Horizont Europa assoziiertes Land</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>Part of an &amp;EU-funded project (Horizon Europe, Digital Europe)</source>
        <translation>Teil eines &amp;EU-finanzierten Projekts (Horizont Europa, Digitales Europa)</translation>
    </message>
    <message>
        <source>The work is for &amp;civilian use only</source>
        <translation>Die Arbeit dient nur &amp;zivilen Zwecken</translation>
    </message>
    <message>
        <source>&amp;Established in</source>
        <translation>&amp;Ansässig in</translation>
    </message>
    <message>
        <source>Established in</source>
        <translation>Ansässig in</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Antragsteller</translation>
    </message>
    <message>
        <source>Kind of applicant</source>
        <translation>Art des Antragstellers</translation>
    </message>
    <message>
        <source>Decides which modes are free</source>
        <translation>Entscheidet, welche Zugangsarten kostenlos sind</translation>
    </message>
    <message>
        <source>Part of an EU-funded project</source>
        <translation>Teil eines EU-finanzierten Projekts</translation>
    </message>
    <message>
        <source>Civilian use only</source>
        <translation>Nur zivile Nutzung</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filter by kind, country, service, sector, language or linked factory</source>
        <extracomment>Facets open at start; the long lists (countries, languages, factories) start folded.</extracomment>
        <translation>Nach Art, Land, Dienst, Branche, Sprache oder verbundener Factory filtern</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>%1: %2 centre(s)</source>
        <translation>%1: %2 Zentrum/Zentren</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>Gefiltert nach: %1</translation>
    </message>
</context>
<context>
    <name>FactoryDetail</name>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>ungefähr</translation>
    </message>
    <message>
        <source>surveyed</source>
        <translation>vermessen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Betrieben von</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>No GPU partition known yet.</source>
        <translation>Noch keine GPU-Partition bekannt.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>GPU nodes</source>
        <translation>GPU-Knoten</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs je Knoten</translation>
    </message>
    <message>
        <source>GPU memory (GB)</source>
        <translation>GPU-Speicher (GB)</translation>
    </message>
    <message>
        <source>GPUs in total</source>
        <translation>GPUs insgesamt</translation>
    </message>
    <message>
        <source>No source recorded.</source>
        <translation>Keine Quelle erfasst.</translation>
    </message>
    <message>
        <source>Unknown factory %1.</source>
        <translation>Unbekannte Factory %1.</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Selected on</source>
        <translation>Ausgewählt am</translation>
    </message>
    <message>
        <source>Hosting entity</source>
        <translation>Betreibende Einrichtung</translation>
    </message>
    <message>
        <source>Map position</source>
        <translation>Position auf der Karte</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Experimental platform</source>
        <translation>Experimentelle Plattform</translation>
    </message>
    <message>
        <source>Live: %1 of %2 GPUs free</source>
        <translation>Live: %1 von %2 GPUs frei</translation>
    </message>
    <message>
        <source>demo, simulated load</source>
        <translation>Demo, simulierte Last</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <source>No machine listed for this factory.</source>
        <translation>Für diese Factory ist keine Maschine aufgeführt.</translation>
    </message>
    <message>
        <source>Access modes</source>
        <translation>Zugangsarten</translation>
    </message>
    <message>
        <source>The EuroHPC AI Factory access modes (the same for every factory):</source>
        <translation>Die Zugangsarten der EuroHPC AI Factories (für jede Factory gleich):</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Support centres</source>
        <translation>Support-Zentren</translation>
    </message>
    <message>
        <source>None linked in the registry.</source>
        <translation>Im Register ist keines verknüpft.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antennen</translation>
    </message>
    <message>
        <source>Antenna in %1</source>
        <translation>Antenne in %1</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>confirmed = read in the cited sources; single source = one secondary source; unverified = no source read. The last two are marked &lt;i&gt;uncertain&lt;/i&gt;.</source>
        <translation>bestätigt = in den genannten Quellen gelesen; eine Quelle = eine Sekundärquelle; unbestätigt = keine Quelle gelesen. Die beiden letzten sind als &lt;i&gt;unsicher&lt;/i&gt; markiert.</translation>
    </message>
    <message>
        <source>AI Factory</source>
        <translation>AI Factory</translation>
    </message>
    <message>
        <source>Factory details</source>
        <translation>Details der Factory</translation>
    </message>
</context>
<context>
    <name>Federation</name>
    <message>
        <source>The bundled registry could not be loaded: %1</source>
        <extracomment>Retries the Hub in the background (with backoff) after it could not be read.</extracomment>
        <translation>Das mitgelieferte Register konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>reading the registry from %1</source>
        <translation>Register wird von %1 gelesen</translation>
    </message>
    <message>
        <source>polling %1 sites</source>
        <translation>%1 Standorte werden abgefragt</translation>
    </message>
    <message>
        <source>The Hub could not be read: %1. Showing the last data seen; retrying in the background.</source>
        <translation>Der Hub konnte nicht gelesen werden: %1. Angezeigt werden die zuletzt gesehenen Daten; neuer Versuch im Hintergrund.</translation>
    </message>
    <message>
        <source>offline — retrying the Hub in %1 s</source>
        <translation>offline — neuer Versuch beim Hub in %1 s</translation>
    </message>
</context>
<context>
    <name>FindCapacityModel</name>
    <message>
        <source>free now</source>
        <translation>jetzt frei</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>no live answer yet (only cached data)</source>
        <translation>noch keine Live-Antwort (nur zwischengespeicherte Daten)</translation>
    </message>
    <message>
        <source>no live answer yet</source>
        <translation>noch keine Live-Antwort</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>estimated start: %1</source>
        <translation>geschätzter Start: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>FindCapacityView</name>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs je Knoten</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Zugangsart</translation>
    </message>
    <message>
        <source>Any access mode</source>
        <translation>Jede Zugangsart</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>Demo — simulierte Last</translation>
    </message>
    <message>
        <source>GPU &amp;model</source>
        <translation>GPU-&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;GPUs per node</source>
        <translation>&amp;GPUs je Knoten</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Stunden</translation>
    </message>
    <message>
        <source>&amp;Access mode</source>
        <translation>&amp;Zugangsart</translation>
    </message>
    <message>
        <source>Partitions ranked by estimated start</source>
        <translation>Partitionen nach geschätztem Start sortiert</translation>
    </message>
    <message>
        <source>Open in job &amp;wizard…</source>
        <translation>Im Job-&amp;Assistenten öffnen…</translation>
    </message>
    <message>
        <source>Open the chosen partition in the job wizard</source>
        <translation>Die gewählte Partition im Job-Assistenten öffnen</translation>
    </message>
    <message>
        <source>Starts a new job on this partition with this shape (Enter or double-click); the sbatch line is copied too</source>
        <translation>Startet einen neuen Job auf dieser Partition mit dieser Form (Eingabe oder Doppelklick); die sbatch-Zeile wird ebenfalls kopiert</translation>
    </message>
    <message>
        <source>&amp;Copy sbatch line</source>
        <translation>sbatch-Zeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the sbatch line of the chosen partition</source>
        <translation>Die sbatch-Zeile der gewählten Partition kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the ranking as CSV</source>
        <translation>Die Rangliste als CSV exportieren</translation>
    </message>
    <message>
        <source>How the ranking works: idle GPUs now (whole idle nodes for whole-node jobs), the GPUs queued ahead (first come, first served: priorities are not known to the desk), the partition&apos;s limits, and a queue that drains as jobs end — about half the time limit per job, as sites do not report when others&apos; jobs end. Where a site reports Slurm&apos;s own expected start for its queue, nothing earlier is promised unless the job fits before it (backfill). An estimate, not a promise; sites without data are never guessed.</source>
        <translation>So entsteht die Rangliste: jetzt freie GPUs (ganze freie Knoten bei Jobs mit ganzen Knoten), die davor wartenden GPUs (wer zuerst kommt, wird zuerst bedient: Prioritäten kennt der Desk nicht), die Grenzen der Partition und eine Warteschlange, die sich leert, wenn Jobs enden — etwa nach der Hälfte des Zeitlimits je Job, da Standorte nicht melden, wann fremde Jobs enden. Wo ein Standort Slurms eigenen erwarteten Start für seine Warteschlange meldet, wird nichts Früheres versprochen, es sei denn, der Job passt davor (Backfill). Eine Schätzung, kein Versprechen; Standorte ohne Daten werden nie geraten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where would my job start soonest?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wo würde mein Job am frühesten starten?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Any GPU model</source>
        <translation>Jedes GPU-Modell</translation>
    </message>
    <message>
        <source>%1 GPUs for %2 h = %3 GPU-hours</source>
        <translation>%1 GPUs für %2 Std. = %3 GPU-Stunden</translation>
    </message>
    <message>
        <source>access: %1</source>
        <translation>Zugang: %1</translation>
    </message>
    <message>
        <source>copied: %1</source>
        <translation>kopiert: %1</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>ok</source>
        <extracomment>Qt&apos;s translation lookup; lupdate finds the ``translate(&quot;Context&quot;, &quot;text&quot;)`` calls.</extracomment>
        <translation>ok</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>auth failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>unsupported API version</source>
        <translation>API-Version nicht unterstützt</translation>
    </message>
    <message>
        <source>planned machine</source>
        <translation>geplante Maschine</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
</context>
<context>
    <name>HistoryBackfill</name>
    <message>
        <source>History could not be back-filled for %1 site(s); first: %2: %3</source>
        <extracomment>The step of the samples older than ``FINE_S`` (what the 7 d and 30 d plots draw). How far back the fine step goes (a day and an hour of margin for the 24 h plot).</extracomment>
        <translation>Der Verlauf konnte für %1 Standort(e) nicht nachgeladen werden; zuerst: %2: %3</translation>
    </message>
    <message>
        <source>History back-fill failed: %1</source>
        <translation>Nachladen des Verlaufs fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>demo — simulated load</source>
        <translation>Demo — simulierte Last</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 anzeigen</translation>
    </message>
    <message>
        <source>no data</source>
        <extracomment>Colours per GPU model in the stacked plot (stable order), then a fallback cycle.</extracomment>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Whole &amp;federation</source>
        <translation>Ganze &amp;Föderation</translation>
    </message>
    <message>
        <source>Show the whole federation</source>
        <translation>Die ganze Föderation anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the zoom to the whole range</source>
        <translation>Den Zoom auf den ganzen Zeitraum zurücksetzen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export a plot as PNG or the data as CSV</source>
        <translation>Ein Diagramm als PNG oder die Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>All plots as PNG…</source>
        <translation>Alle Diagramme als PNG…</translation>
    </message>
    <message>
        <source>Free GPUs plot as PNG…</source>
        <translation>Diagramm freie GPUs als PNG…</translation>
    </message>
    <message>
        <source>Per GPU model plot as PNG…</source>
        <translation>Diagramm je GPU-Modell als PNG…</translation>
    </message>
    <message>
        <source>Heat map as PNG…</source>
        <translation>Heatmap als PNG…</translation>
    </message>
    <message>
        <source>Plotted data as CSV…</source>
        <translation>Dargestellte Daten als CSV…</translation>
    </message>
    <message>
        <source>Free GPUs and queued demand over time</source>
        <translation>Freie GPUs und wartende Nachfrage im Zeitverlauf</translation>
    </message>
    <message>
        <source>Free GPUs per GPU model over time, stacked</source>
        <translation>Freie GPUs je GPU-Modell im Zeitverlauf, gestapelt</translation>
    </message>
    <message>
        <source>Utilisation by hour of day and weekday</source>
        <translation>Auslastung nach Tageszeit und Wochentag</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>free at the sites that answered (others did not)</source>
        <translation>frei an den Standorten, die antworteten (andere nicht)</translation>
    </message>
    <message>
        <source>free GPUs</source>
        <translation>freie GPUs</translation>
    </message>
    <message>
        <source>1 h</source>
        <extracomment>The keys of ``RANGES`` as lupdate must see them (shown as the range buttons).</extracomment>
        <translation>1 Std.</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T.</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T.</translation>
    </message>
    <message>
        <source>Solid line: free GPUs; dashed line: free GPUs at the sites that answered; right axis: queued GPU demand. Gaps are times without data.</source>
        <translation>Durchgezogene Linie: freie GPUs; gestrichelte Linie: freie GPUs der Standorte, die geantwortet haben; rechte Achse: wartender GPU-Bedarf. Lücken sind Zeiten ohne Daten.</translation>
    </message>
    <message>
        <source>Free GPUs per GPU model, stacked; the legend names each model&apos;s colour.</source>
        <translation>Freie GPUs je GPU-Modell, gestapelt; die Legende nennt die Farbe jedes Modells.</translation>
    </message>
    <message>
        <source>Share of GPUs in service that were allocated, by hour of day (across) and weekday (down); darker is busier. The readout gives the value under the mouse.</source>
        <translation>Anteil der belegten GPUs im Betrieb, nach Tageszeit (waagerecht) und Wochentag (senkrecht); dunkler heißt stärker ausgelastet. Die Anzeige nennt den Wert unter dem Mauszeiger.</translation>
    </message>
    <message>
        <source>queued GPUs</source>
        <translation>wartende GPUs</translation>
    </message>
    <message>
        <source>queued demand (right axis)</source>
        <translation>wartende Nachfrage (rechte Achse)</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>loading history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>History could not be read: %1</source>
        <translation>Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free GPUs&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Freie GPUs&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>Free GPUs per GPU model, stacked — %1</source>
        <translation>Freie GPUs je GPU-Modell, gestapelt — %1</translation>
    </message>
    <message>
        <source>No history yet for %1.
The desk records it while it runs; the Hub back-fills it where it can.</source>
        <translation>Noch kein Verlauf für %1.
Der Desk zeichnet ihn auf, solange er läuft; der Hub ergänzt ihn, wo er kann.</translation>
    </message>
    <message>
        <source>no data in this range</source>
        <translation>keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 averages</source>
        <translation>%1-Mittelwerte</translation>
    </message>
    <message>
        <source> · gaps are times without data (desk closed or a site not answering)</source>
        <translation> · Lücken sind Zeiten ohne Daten (Desk geschlossen oder Standort antwortete nicht)</translation>
    </message>
    <message>
        <source>; dashed: what the sites that answered add up to</source>
        <translation>; gestrichelt: die Summe der Standorte, die antworteten</translation>
    </message>
    <message>
        <source> · back-filling the last 30 days from the Hub…</source>
        <translation> · die letzten 30 Tage werden vom Hub nachgeladen…</translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>frei %1</translation>
    </message>
    <message>
        <source>free %1 at the %2 of %3 sites that answered</source>
        <translation>frei %1 an den %2 von %3 Standorten, die antworteten</translation>
    </message>
    <message>
        <source>in service %1</source>
        <translation>in Betrieb %1</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>wartend %1</translation>
    </message>
    <message>
        <source>%1 % of GPUs in service allocated</source>
        <translation>%1 % der GPUs in Betrieb belegt</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>InboxDetail</name>
    <message>
        <source>The trustworthy-AI self-assessment is this desk&apos;s own checklist, not a documented EuroHPC access rule.</source>
        <translation>Die Selbstbewertung für vertrauenswürdige KI ist eine eigene Checkliste dieses Desks, keine dokumentierte EuroHPC-Zugangsregel.</translation>
    </message>
    <message>
        <source>Established in</source>
        <translation>Ansässig in</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>EU-funded project</source>
        <translation>EU-finanziertes Projekt</translation>
    </message>
    <message>
        <source>Civilian use</source>
        <translation>Zivile Nutzung</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Zugangsart</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>AI Act risk</source>
        <translation>Risiko nach AI Act</translation>
    </message>
    <message>
        <source>AI Pact</source>
        <translation>AI Pact</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>GDPR basis</source>
        <translation>DSGVO-Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Details der Anfrage</translation>
    </message>
    <message>
        <source>Routing suggestions, best first</source>
        <translation>Zuordnungsvorschläge, beste zuerst</translation>
    </message>
    <message>
        <source>Score and the pair; the reasons of the chosen one are shown below. Enter accepts it.</source>
        <translation>Punktzahl und Paar; die Gründe des gewählten stehen unten. Eingabe übernimmt ihn.</translation>
    </message>
    <message>
        <source>Why this suggestion</source>
        <translation>Warum dieser Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>Vorschlag &amp;übernehmen</translation>
    </message>
    <message>
        <source>Accept the chosen suggestion</source>
        <translation>Den gewählten Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Sets the factory and support centre, assigns the request and, if you are not the assignee yet, assigns it to you</source>
        <translation>Setzt Factory und Support-Zentrum, weist die Anfrage zu und, falls Sie noch nicht zuständig sind, Ihnen zu</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>Verlauf der Anfrage</translation>
    </message>
    <message>
        <source>S&amp;uggested factory and support centre (score, best first):</source>
        <translation>&amp;Vorgeschlagene Factory und Support-Zentrum (Punktzahl, beste zuerst):</translation>
    </message>
    <message>
        <source>Hi&amp;story (who, when, what):</source>
        <translation>Ver&amp;lauf (wer, wann, was):</translation>
    </message>
    <message>
        <source>Score %1 because: </source>
        <translation>Punktzahl %1, weil: </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Anfrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>  (current)</source>
        <translation>  (aktuell)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>GPU demand</source>
        <translation>GPU-Bedarf</translation>
    </message>
    <message>
        <source>%1 × %2 GPU-hours</source>
        <translation>%1 × %2 GPU-Stunden</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>AI Factory</translation>
    </message>
    <message>
        <source>Support centre</source>
        <translation>Supportzentrum</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>⚑ %1 flag(s) from the application:</source>
        <translation>⚑ %1 Markierung(en) aus dem Antrag:</translation>
    </message>
    <message>
        <source>Application answers:</source>
        <translation>Antworten im Antrag:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>On time</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A sign before the word, so the level reads without colour too. The request states as lupdate must see them (``STATE_LABELS`` of the domain, in English).</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Gesichtet</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>compute</source>
        <extracomment>What a caller needs, as lupdate must see it (``NEEDS`` of the domain holds the codes).</extracomment>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>open requests: due soon after 24 h, overdue after 72 h</source>
        <translation>offene Anfragen: bald fällig nach 24 h, überfällig nach 72 h</translation>
    </message>
</context>
<context>
    <name>InboxSavedViews</name>
    <message>
        <source>Open requests</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <source>My open requests</source>
        <translation>Meine offenen Anfragen</translation>
    </message>
    <message>
        <source>New, not yet triaged</source>
        <translation>Neu, noch nicht gesichtet</translation>
    </message>
    <message>
        <source>Overdue (open, older than 72 h)</source>
        <translation>Überfällig (offen, älter als 72 Std.)</translation>
    </message>
    <message>
        <source>Flagged applications</source>
        <translation>Markierte Anträge</translation>
    </message>
    <message>
        <source>Legal questions</source>
        <translation>Rechtsfragen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Vie&amp;w:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Jeder Bedarf</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Jedes SLA</translation>
    </message>
    <message>
        <source>⚠ Due soon or overdue</source>
        <translation>⚠ Bald fällig oder überfällig</translation>
    </message>
    <message>
        <source>✖ Overdue</source>
        <translation>✖ Überfällig</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>⚑ F&amp;lagged</source>
        <translation>⚑ &amp;Markiert</translation>
    </message>
    <message>
        <source>Search organisation, text, contact… (Ctrl+F, Enter)</source>
        <translation>Organisation, Text, Kontakt suchen… (Strg+F, Eingabe)</translation>
    </message>
    <message>
        <source>Assign to me (A)</source>
        <translation>Mir zuweisen (A)</translation>
    </message>
    <message>
        <source>Assign to… (Shift+A)</source>
        <translation>Zuweisen an… (Umschalt+A)</translation>
    </message>
    <message>
        <source>State… (S)</source>
        <translation>Zustand… (S)</translation>
    </message>
    <message>
        <source>Note… (N)</source>
        <translation>Notiz… (N)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>A&amp;pply for access…</source>
        <translation>Zugang &amp;beantragen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>Named sets of filters</source>
        <translation>Benannte Filtersätze</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Save the current filters under a name (Ctrl+Shift+S)</source>
        <translation>Die aktuellen Filter unter einem Namen speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Delete the chosen saved view of your own</source>
        <translation>Die gewählte eigene gespeicherte Ansicht löschen</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>Filter by need</source>
        <translation>Nach Bedarf filtern</translation>
    </message>
    <message>
        <source>Filter by SLA</source>
        <translation>Nach SLA filtern</translation>
    </message>
    <message>
        <source>Open requests are due soon after 24 h and overdue after 72 h</source>
        <translation>Offene Anfragen sind nach 24 Std. bald fällig und nach 72 Std. überfällig</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Nach Land filtern</translation>
    </message>
    <message>
        <source>ISO country code, e.g. DE; Enter to apply</source>
        <translation>ISO-Ländercode, z. B. DE; Eingabe zum Anwenden</translation>
    </message>
    <message>
        <source>Only requests assigned to me</source>
        <translation>Nur mir zugewiesene Anfragen</translation>
    </message>
    <message>
        <source>Only requests with flags</source>
        <translation>Nur Anfragen mit Markierungen</translation>
    </message>
    <message>
        <source>Applications with missing or contradictory answers</source>
        <translation>Anträge mit fehlenden oder widersprüchlichen Antworten</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Warteschlange durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+F; Enter to apply</source>
        <translation>Strg+F; Eingabe zum Anwenden</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Assign to someone</source>
        <translation>Jemandem zuweisen</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Zustand ändern</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation>Warteschlange neu laden</translation>
    </message>
    <message>
        <source>F5 reloads the queue and polls the sites</source>
        <translation>F5 lädt die Warteschlange neu und fragt die Standorte ab</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>File a request for a caller (Ctrl+N)</source>
        <translation>Eine Anfrage für einen Anrufer anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Apply for access</source>
        <translation>Zugang beantragen</translation>
    </message>
    <message>
        <source>The start-up&apos;s application wizard (Ctrl+Shift+A)</source>
        <translation>Der Antragsassistent für Start-ups (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Warteschlange exportieren</translation>
    </message>
    <message>
        <source>The queue as shown, as CSV or PDF (Ctrl+Shift+E)</source>
        <translation>Die Warteschlange wie angezeigt, als CSV oder PDF (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Keyboard keys of the inbox</source>
        <translation>Tastenkürzel des Posteingangs</translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>Triage-Warteschlange</translation>
    </message>
    <message>
        <source>Keys on the queue:</source>
        <translation>Tasten in der Warteschlange:</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Inbox keys</source>
        <translation>Tasten des Posteingangs</translation>
    </message>
    <message>
        <source>move through the queue</source>
        <extracomment>The inbox&apos;s keys and what they do (translated by :func:`keys_help`).</extracomment>
        <translation>durch die Warteschlange gehen</translation>
    </message>
    <message>
        <source>assign the request to me</source>
        <translation>die Anfrage mir zuweisen</translation>
    </message>
    <message>
        <source>assign the request to someone…</source>
        <translation>die Anfrage jemandem zuweisen…</translation>
    </message>
    <message>
        <source>change the state (menu of the allowed ones)</source>
        <translation>den Zustand ändern (Menü der erlaubten)</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>go to the routing suggestions; Enter there accepts one, Escape goes back to the queue</source>
        <translation>zu den Zuordnungsvorschlägen; dort übernimmt Eingabe einen, Escape führt zurück zur Warteschlange</translation>
    </message>
    <message>
        <source>search</source>
        <translation>suchen</translation>
    </message>
    <message>
        <source>reload the queue (and poll the sites)</source>
        <translation>die Warteschlange neu laden (und die Standorte abfragen)</translation>
    </message>
    <message>
        <source>new request (staff taking a call)</source>
        <translation>neue Anfrage (Mitarbeitende nehmen einen Anruf entgegen)</translation>
    </message>
    <message>
        <source>apply for access (wizard)</source>
        <translation>Zugang beantragen (Assistent)</translation>
    </message>
    <message>
        <source>export the queue as shown (CSV or PDF)</source>
        <translation>die Warteschlange wie angezeigt exportieren (CSV oder PDF)</translation>
    </message>
    <message>
        <source>save the filters as a view</source>
        <translation>die Filter als Ansicht speichern</translation>
    </message>
    <message>
        <source>choose a saved view</source>
        <translation>eine gespeicherte Ansicht wählen</translation>
    </message>
    <message>
        <source>go to the suggestions / the history</source>
        <translation>zu den Vorschlägen / zum Verlauf</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1 of %2 requests shown</source>
        <translation>%1 von %2 Anfragen angezeigt</translation>
    </message>
    <message>
        <source> · ✖ %1 overdue · ⚑ %2 flagged</source>
        <translation> · ✖ %1 überfällig · ⚑ %2 markiert</translation>
    </message>
    <message>
        <source> · %1 new since the last reload</source>
        <translation> · %1 neu seit dem letzten Laden</translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation> · aktualisiert %1</translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation>Problem: </translation>
    </message>
    <message>
        <source>Note on #%1 %2:</source>
        <translation>Notiz zu #%1 %2:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign #%1 to:</source>
        <translation>#%1 zuweisen an:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 requests; filters: %2; exported %3</source>
        <translation>%1 Anfragen; Filter: %2; exportiert %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>JobWizard</name>
    <message>
        <source>New job</source>
        <translation>Neuer Job</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>an unnamed job</source>
        <translation>ein Job ohne Namen</translation>
    </message>
    <message>
        <source> for %1 · %2</source>
        <translation> für %1 · %2</translation>
    </message>
    <message>
        <source>Continue an unsent job?</source>
        <translation>Nicht gesendeten Job fortsetzen?</translation>
    </message>
    <message>
        <source>A job you were preparing was not submitted: %1%2, last edited %3.

Open it in the job wizard again?</source>
        <translation>Ein Job, den Sie vorbereitet haben, wurde nicht eingereicht: %1%2, zuletzt bearbeitet %3.

Im Job-Assistenten wieder öffnen?</translation>
    </message>
</context>
<context>
    <name>LazyView</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Availability</source>
        <extracomment>the History tab&apos;s first picture, read before the tab is first shown
----------
Titles of the tabs that features add (translated by ``add_view`` in this context).</extracomment>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Find capacity</source>
        <translation>Kapazität finden</translation>
    </message>
    <message>
        <source>My jobs</source>
        <extracomment>Read the demo&apos;s tokens again at most this often when one nears its end.</extracomment>
        <translation>Meine Jobs</translation>
    </message>
    <message>
        <source>Submitting “%1” to %2 again…</source>
        <extracomment>The wizard opened last (others may still be open: each is its own job). Submission ids of the resubmits started from My jobs (their outcome is told here; a wizard tells its own).</extracomment>
        <translation>„%1“ wird erneut an %2 gesendet…</translation>
    </message>
    <message>
        <source>Job %1 “%2” submitted to %3.</source>
        <translation>Job %1 „%2“ an %3 gesendet.</translation>
    </message>
    <message>
        <source>Resubmit to %1 failed: %2</source>
        <translation>Erneutes Einreichen an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Poll every site now (F5)</source>
        <translation>Alle Standorte jetzt abfragen (F5)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Connect a site…</source>
        <translation>Standort &amp;verbinden…</translation>
    </message>
    <message>
        <source>Sites &amp;&amp; c&amp;redentials…</source>
        <translation>Standorte &amp;&amp; &amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Neuer Job…</translation>
    </message>
    <message>
        <source>Prepare and submit a job to a site</source>
        <translation>Einen Job vorbereiten und an einen Standort senden</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>A PDF, CSV, XLSX or HTML report: capacity, one factory, history, the support-centre directory or the triage queue</source>
        <translation>Ein PDF-, CSV-, XLSX- oder HTML-Bericht: Kapazität, eine Factory, Verlauf, das Verzeichnis der Supportzentren oder die Triage-Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Find any action or view by typing (Ctrl+K)</source>
        <translation>Jede Aktion oder Ansicht durch Tippen finden (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Switch &amp;theme</source>
        <translation>&amp;Design wechseln</translation>
    </message>
    <message>
        <source>Switch between the light and the dark theme</source>
        <translation>Zwischen hellem und dunklem Design wechseln</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>Demo — simulierte Last</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Ansicht %1 anzeigen</translation>
    </message>
    <message>
        <source>Sites ok: %1 / %2</source>
        <translation>Standorte ok: %1 / %2</translation>
    </message>
    <message>
        <source>GPUs free: %1 / %2</source>
        <translation>GPUs frei: %1 / %2</translation>
    </message>
    <message>
        <source>Last refresh: %1 ago</source>
        <translation>Letzte Aktualisierung: vor %1</translation>
    </message>
    <message>
        <source>Offline — data from %1 ago</source>
        <translation>Offline — Daten von vor %1</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>The desktop client for Europe&apos;s federated AI Factories.</source>
        <translation>Der Desktop-Client für Europas föderierte AI Factories.</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>None: as Preferences › Start the demo federation says None: as Preferences › Poll interval says this run only (screenshots); else the preference this run only (screenshots); else the preference</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>This preference takes effect at the next start.</source>
        <translation>Diese Einstellung wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Starting the demo federation…</source>
        <translation>Die Demo-Föderation wird gestartet…</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map of the AI Factories</source>
        <extracomment>Pixels around a marker&apos;s edge that still count as &quot;on&quot; it for hover and click.</extracomment>
        <translation>Karte der AI Factories</translation>
    </message>
    <message>
        <source>Factories as circles sized by their GPUs and filled by the share free; the list “Factories on the map” beside it names each marker.</source>
        <translation>Factories als Kreise, deren Größe ihre GPUs und deren Füllung den freien Anteil zeigt; die Liste „Factories auf der Karte“ daneben nennt jede Markierung.</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>All GPU types</source>
        <translation>Alle GPU-Typen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Alle Wellen</translation>
    </message>
    <message>
        <source>At least this many GPUs free</source>
        <translation>Mindestens so viele freie GPUs</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source> GPUs free</source>
        <translation> GPUs frei</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Show every marker (0 or Home)</source>
        <translation>Alle Markierungen zeigen (0 oder Pos1)</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the map as a PNG image</source>
        <translation>Die Karte als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the map as an SVG drawing</source>
        <translation>Die Karte als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>Nicht auf der Karte</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <source>Not on the map (%1)</source>
        <translation>Nicht auf der Karte (%1)</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Share of GPUs free (live)</source>
        <extracomment>The colour-blind-safe sequential scale for &quot;share of GPUs free&quot; (0 → dark, 1 → yellow).</extracomment>
        <translation>Anteil freier GPUs (live)</translation>
    </message>
    <message>
        <source>no live data</source>
        <translation>keine Live-Daten</translation>
    </message>
    <message>
        <source>Size: GPUs (100 · 1 000 · 10 000)</source>
        <translation>Größe: GPUs (100 · 1 000 · 10 000)</translation>
    </message>
    <message>
        <source>antenna — link to its factory</source>
        <translation>Antenne — Verbindung zu ihrer Factory</translation>
    </message>
    <message>
        <source>link not confirmed</source>
        <translation>Verbindung nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>MapMarkers</name>
    <message>
        <source>%1 — AI Factory Antenna</source>
        <translation>%1 — AI-Factory-Antenne</translation>
    </message>
    <message>
        <source>%1 — no data</source>
        <translation>%1 — keine Daten</translation>
    </message>
    <message>
        <source>%1 of %2 GPUs free</source>
        <translation>%1 von %2 GPUs frei</translation>
    </message>
</context>
<context>
    <name>MapModel</name>
    <message>
        <source>approximate position</source>
        <extracomment>…and it must be at least this many GPUs, so tiny sites do not flash all the time.</extracomment>
        <translation>ungefähre Position</translation>
    </message>
    <message>
        <source>surveyed position</source>
        <translation>vermessene Position</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>Verlässlichkeit %1</translation>
    </message>
    <message>
        <source>; source: %1</source>
        <translation>; Quelle: %1</translation>
    </message>
    <message>
        <source>no coordinates in the registry</source>
        <extracomment>gres type → GPU model &quot;factory&quot; or &quot;antenna&quot; antennas: the factories they link to Slurm GRES types, upper case (A100, GH200…) marker size basis: live total, else nominal a GRES type as in ``MapPoint.gpu_types`` &quot;&quot;, or a Health value, e.g. &quot;ok&quot;, &quot;planned machine&quot;</extracomment>
        <translation>keine Koordinaten im Register</translation>
    </message>
    <message>
        <source>AI Factory Antenna, %1 (name not published)</source>
        <translation>AI-Factory-Antenne, %1 (Name nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>%1 antenna</source>
        <translation>Antenne %1</translation>
    </message>
    <message>
        <source>the linked factory has no position on the map</source>
        <translation>die verknüpfte Factory hat keine Position auf der Karte</translation>
    </message>
    <message>
        <source>links to an unknown factory “%1”</source>
        <translation>verweist auf eine unbekannte Factory „%1“</translation>
    </message>
    <message>
        <source>its AI Factory has no position on the map</source>
        <translation>ihre AI Factory hat keine Position auf der Karte</translation>
    </message>
    <message>
        <source>not linked to any AI Factory</source>
        <translation>mit keiner AI Factory verknüpft</translation>
    </message>
    <message>
        <source> (its live data is in the overview)</source>
        <translation> (ihre Live-Daten stehen in der Übersicht)</translation>
    </message>
    <message>
        <source> (status: %1)</source>
        <translation> (Status: %1)</translation>
    </message>
    <message>
        <source>no machine listed for this factory</source>
        <translation>für diese Factory ist keine Maschine verzeichnet</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>no live endpoint known for this machine</source>
        <translation>für diese Maschine ist kein Live-Endpunkt bekannt</translation>
    </message>
    <message>
        <source>no recorded data at this time</source>
        <translation>zu diesem Zeitpunkt keine aufgezeichneten Daten</translation>
    </message>
    <message>
        <source>replayed from history</source>
        <translation>aus dem Verlauf wiedergegeben</translation>
    </message>
</context>
<context>
    <name>MapTooltip</name>
    <message>
        <source>Host: %1</source>
        <translation>Träger: %1</translation>
    </message>
    <message>
        <source>AI Factory Antenna</source>
        <translation>AI-Factory-Antenne</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>Verbunden mit: %1</translation>
    </message>
    <message>
        <source>unknown factory</source>
        <translation>unbekannte Factory</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>no machine listed</source>
        <translation>keine Maschine aufgeführt</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Maschine: %1</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <source>Position: %1, %2 — %3</source>
        <translation>Position: %1, %2 — %3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>replayed %1</source>
        <translation>Wiedergabe %1</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>Demo — simulierte Last</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>(%1 % free)</source>
        <translation>(%1 % frei)</translation>
    </message>
    <message>
        <source>GPUs free: %1 / %2</source>
        <translation>GPUs frei: %1 / %2</translation>
    </message>
    <message>
        <source>GPUs: machine not in service yet</source>
        <translation>GPUs: Maschine noch nicht in Betrieb</translation>
    </message>
    <message>
        <source>(planned ≈ %1)</source>
        <translation>(geplant ≈ %1)</translation>
    </message>
    <message>
        <source>GPUs: no live data</source>
        <translation>GPUs: keine Live-Daten</translation>
    </message>
    <message>
        <source>Queue: %1 jobs waiting, %2 GPUs asked</source>
        <translation>Warteschlange: %1 Jobs wartend, %2 GPUs angefragt</translation>
    </message>
    <message>
        <source>Data age: %1</source>
        <translation>Datenalter: %1</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Not on the map</source>
        <translation>Nicht auf der Karte</translation>
    </message>
    <message>
        <source>Factories on the map</source>
        <translation>Factories auf der Karte</translation>
    </message>
    <message>
        <source>Each marker of the map with its status and GPUs free; choosing one selects it, Enter opens its details.</source>
        <translation>Jede Markierung der Karte mit Status und freien GPUs; eine Auswahl wählt sie aus, Eingabe öffnet ihre Details.</translation>
    </message>
    <message>
        <source>The basemap could not be loaded; markers only.</source>
        <translation>Die Grundkarte konnte nicht geladen werden; nur Markierungen.</translation>
    </message>
    <message>
        <source>replay — %1</source>
        <translation>Wiedergabe — %1</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>Demo — simulierte Last</translation>
    </message>
    <message>
        <source>no history recorded</source>
        <translation>kein Verlauf aufgezeichnet</translation>
    </message>
    <message>
        <source>loading history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Messpunkt</numerusform>
            <numerusform>%n Messpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Die Karte exportieren</translation>
    </message>
</context>
<context>
    <name>MyJobsModel</name>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>no longer listed by the site (last state seen)</source>
        <translation>vom Standort nicht mehr aufgeführt (zuletzt gesehener Zustand)</translation>
    </message>
    <message>
        <source>site said: %1</source>
        <translation>Meldung des Standorts: %1</translation>
    </message>
    <message>
        <source>submission %1</source>
        <translation>Einreichung %1</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <source>the scheduler&apos;s start estimate</source>
        <translation>vom Scheduler geschätzter Start</translation>
    </message>
</context>
<context>
    <name>MyJobsView</name>
    <message>
        <source>Filter by site, name, state…</source>
        <extracomment>The last notification (title, text), for tests and the status bar.</extracomment>
        <translation>Nach Standort, Name, Zustand filtern…</translation>
    </message>
    <message>
        <source>Filter my jobs</source>
        <translation>Meine Jobs filtern</translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation>Job &amp;abbrechen…</translation>
    </message>
    <message>
        <source>C&amp;lone into wizard…</source>
        <translation>In den Assistenten &amp;klonen…</translation>
    </message>
    <message>
        <source>&amp;Resubmit…</source>
        <translation>Erneut &amp;einreichen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected job at its site, after a confirmation (Delete)</source>
        <translation>Den gewählten Job nach einer Rückfrage an seinem Standort abbrechen (Entf)</translation>
    </message>
    <message>
        <source>Clone into wizard</source>
        <translation>In den Assistenten klonen</translation>
    </message>
    <message>
        <source>Open the job wizard with the selected job&apos;s request, to change it</source>
        <translation>Den Job-Assistenten mit der Anforderung des gewählten Jobs öffnen, um sie zu ändern</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Erneut einreichen</translation>
    </message>
    <message>
        <source>Submit the selected finished job again as it was, as a new job</source>
        <translation>Den gewählten beendeten Job unverändert als neuen Job erneut einreichen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the state of every unfinished job now</source>
        <translation>Den Zustand jedes laufenden Jobs jetzt lesen</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>Meine Jobs</translation>
    </message>
    <message>
        <source>No jobs of yours at the connected sites yet. File › New job… (Ctrl+J) submits one.</source>
        <translation>An den verbundenen Standorten gibt es noch keine Jobs von Ihnen. Datei › Neuer Job… (Strg+J) reicht einen ein.</translation>
    </message>
    <message>
        <source>%1 job(s)</source>
        <translation>%1 Job(s)</translation>
    </message>
    <message>
        <source>job %1 · %2</source>
        <translation>Job %1 · %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Site said: %1</source>
        <translation>Der Standort meldete: %1</translation>
    </message>
    <message>
        <source>Submission aifd:%1</source>
        <translation>Einreichung aifd:%1</translation>
    </message>
    <message>
        <source>No longer listed by the site: this is the last state seen.</source>
        <translation>Vom Standort nicht mehr aufgeführt: dies ist der zuletzt gesehene Zustand.</translation>
    </message>
    <message>
        <source>Cancel the job?</source>
        <translation>Job abbrechen?</translation>
    </message>
    <message>
        <source>Cancel job %1 “%2” on %3? Slurm stops it at once; this cannot be undone.</source>
        <translation>Job %1 „%2“ auf %3 abbrechen? Slurm stoppt ihn sofort; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Clone a job</source>
        <translation>Einen Job klonen</translation>
    </message>
    <message>
        <source>This job was not submitted from this desk, so its script is not known; the wizard opens with its resources and an empty script.</source>
        <translation>Dieser Job wurde nicht von diesem Desk eingereicht, daher ist sein Skript unbekannt; der Assistent öffnet sich mit seinen Ressourcen und einem leeren Skript.</translation>
    </message>
    <message>
        <source>Resubmit the job?</source>
        <translation>Job erneut einreichen?</translation>
    </message>
    <message>
        <source>Submit “%1” to %2 again, exactly as before, as a new job?</source>
        <translation>„%1“ genau wie zuvor als neuen Job erneut an %2 senden?</translation>
    </message>
    <message>
        <source>Cancel of job %1 accepted by %2.</source>
        <translation>Abbruch von Job %1 von %2 angenommen.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>Pharma and biotech</source>
        <extracomment>Sectors the directory has no label of its own for.</extracomment>
        <translation>Pharma und Biotechnologie</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>New request</source>
        <extracomment>The access modes&apos; own names (proper names of the EuroHPC programme, not translated).</extracomment>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>DE</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>h100 (optional)</source>
        <translation>h100 (optional)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht gewählt)</translation>
    </message>
    <message>
        <source>e-mail or phone of the caller</source>
        <translation>E-Mail oder Telefon des Anrufers</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>&amp;Land (ISO-Code)</translation>
    </message>
    <message>
        <source>Two letters, for example DE or FR</source>
        <translation>Zwei Buchstaben, zum Beispiel DE oder FR</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Bedarf</translation>
    </message>
    <message>
        <source>compute, support, training or legal</source>
        <translation>Rechenzeit, Support, Schulung oder Recht</translation>
    </message>
    <message>
        <source>&amp;GPU type</source>
        <translation>GPU-&amp;Typ</translation>
    </message>
    <message>
        <source>GPU type asked for, if any</source>
        <translation>Gewünschter GPU-Typ, falls vorhanden</translation>
    </message>
    <message>
        <source>GPU-&amp;hours</source>
        <translation>GPU-&amp;Stunden</translation>
    </message>
    <message>
        <source>&amp;Access mode</source>
        <translation>&amp;Zugangsart</translation>
    </message>
    <message>
        <source>&amp;Language (ISO code)</source>
        <translation>&amp;Sprache (ISO-Code)</translation>
    </message>
    <message>
        <source>Language the caller wants to be answered in, e.g. de</source>
        <translation>Sprache, in der der Anrufer Antwort wünscht, z. B. de</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>What the caller needs, in their words</source>
        <translation>Was der Anrufer braucht, in seinen Worten</translation>
    </message>
    <message>
        <source>&amp;File request</source>
        <translation>Anfrage &amp;anlegen</translation>
    </message>
    <message>
        <source>The Hub refused the request: %1</source>
        <translation>Der Hub hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sending to the Hub…</source>
        <translation>Wird an den Hub gesendet…</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Bitte ausfüllen: %1</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>CPU only</source>
        <extracomment>Bytes in the GPU memory units the person may choose (Preferences › GPU memory unit).</extracomment>
        <translation>nur CPU</translation>
    </message>
    <message>
        <source>no GPUs in this partition</source>
        <translation>keine GPUs in dieser Partition</translation>
    </message>
    <message>
        <source>no machine listed for this factory</source>
        <translation>für diese Factory ist keine Maschine aufgeführt</translation>
    </message>
    <message>
        <source>machine status: %1</source>
        <translation>Maschinenstatus: %1</translation>
    </message>
    <message>
        <source>no live endpoint known for this machine</source>
        <translation>für diese Maschine ist kein Live-Endpunkt bekannt</translation>
    </message>
    <message>
        <source>cached data from an earlier run</source>
        <translation>zwischengespeicherte Daten aus einem früheren Lauf</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>Demo — simulierte Last</translation>
    </message>
    <message>
        <source>no data received yet</source>
        <translation>noch keine Daten empfangen</translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation>Daten vom %1</translation>
    </message>
    <message>
        <source>(cached from an earlier run)</source>
        <translation>(zwischengespeichert aus einem früheren Lauf)</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Filter factories, machines, GPU models… (Ctrl+F)</source>
        <translation>Factories, Maschinen, GPU-Modelle filtern… (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the overview</source>
        <translation>Übersicht filtern</translation>
    </message>
    <message>
        <source>Federation overview</source>
        <translation>Übersicht der Föderation</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The view open when the desk was closed</source>
        <extracomment>The translation context of every label and choice below. Bumped when a stored preference changes meaning; ``migrate()`` upgrades older files. Kept outside the data directory (the data directory itself is one).</extracomment>
        <translation>Die Ansicht, die beim Schließen offen war</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Find capacity</source>
        <translation>Kapazität finden</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>Meine Jobs</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; “System” follows the operating system&apos;s colour scheme.</source>
        <translation>Hell, dunkel oder hoher Kontrast; „System“ folgt dem Farbschema des Betriebssystems.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the desk; “System” follows the operating system. Takes effect at the next start.</source>
        <translation>Die Sprache des Desks; „System“ folgt dem Betriebssystem. Wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>GPU memory unit</source>
        <translation>Einheit für GPU-Speicher</translation>
    </message>
    <message>
        <source>GPU memory in gigabytes (10⁹ bytes, as vendors state it) or gibibytes (2³⁰ bytes).</source>
        <translation>GPU-Speicher in Gigabyte (10⁹ Byte, wie Hersteller ihn angeben) oder Gibibyte (2³⁰ Byte).</translation>
    </message>
    <message>
        <source>GB (decimal)</source>
        <translation>GB (dezimal)</translation>
    </message>
    <message>
        <source>GiB (binary)</source>
        <translation>GiB (binär)</translation>
    </message>
    <message>
        <source>View at start</source>
        <translation>Ansicht beim Start</translation>
    </message>
    <message>
        <source>The view shown when the desk starts.</source>
        <translation>Die Ansicht, die beim Start des Desks gezeigt wird.</translation>
    </message>
    <message>
        <source>Start the demo federation</source>
        <translation>Demo-Föderation starten</translation>
    </message>
    <message>
        <source>Without a Hub address, start the embedded demo federation (simulated load); otherwise show the last data seen. Takes effect at the next start.</source>
        <translation>Ohne Hub-Adresse die eingebaute Demo-Föderation (simulierte Last) starten; sonst die zuletzt gesehenen Daten zeigen. Wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>How often every site is asked for its state.</source>
        <translation>Wie oft jeder Standort nach seinem Zustand gefragt wird.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Where the desk keeps history, notes and settings; empty means the system default. Takes effect at the next start.</source>
        <translation>Wo der Desk Verlauf, Notizen und Einstellungen ablegt; leer bedeutet die Systemvorgabe. Wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Notify when a job changes state</source>
        <translation>Benachrichtigen, wenn ein Job seinen Zustand ändert</translation>
    </message>
    <message>
        <source>A desktop notification when one of my jobs starts, ends or fails.</source>
        <translation>Eine Desktop-Benachrichtigung, wenn einer meiner Jobs startet, endet oder fehlschlägt.</translation>
    </message>
    <message>
        <source>Remind me before a site token expires</source>
        <translation>Erinnern, bevor ein Standort-Token abläuft</translation>
    </message>
    <message>
        <source>A reminder in the status bar before a stored token expires.</source>
        <translation>Eine Erinnerung in der Statusleiste, bevor ein gespeichertes Token abläuft.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> (after restart)</source>
        <translation> (nach Neustart)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Show live data</source>
        <translation>Live-Daten zeigen</translation>
    </message>
    <message>
        <source>Replay the last 24 hours</source>
        <translation>Die letzten 24 Stunden abspielen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Replay 24 h:</source>
        <translation>24 Std. abspielen:</translation>
    </message>
    <message>
        <source>replay: %1</source>
        <translation>Wiedergabe: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Date</source>
        <extracomment>At most this many points per line in a chart.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Factory</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messpunkte</translation>
    </message>
    <message>
        <source>Min free</source>
        <translation>Min. frei</translation>
    </message>
    <message>
        <source>Mean free</source>
        <translation>Mittel frei</translation>
    </message>
    <message>
        <source>Max free</source>
        <translation>Max. frei</translation>
    </message>
    <message>
        <source>Total GPUs</source>
        <translation>GPUs gesamt</translation>
    </message>
    <message>
        <source>Mean free share</source>
        <translation>Mittlerer freier Anteil</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Daily availability</source>
        <translation>Tägliche Verfügbarkeit</translation>
    </message>
    <message>
        <source>Per UTC day: free GPUs over the samples the desk recorded that day.</source>
        <translation>Je UTC-Tag: freie GPUs über die Messpunkte, die der Desk an diesem Tag aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Hourly availability</source>
        <translation>Stündliche Verfügbarkeit</translation>
    </message>
    <message>
        <source>Per UTC hour and machine (in the CSV and XLSX exports only).</source>
        <translation>Je UTC-Stunde und Maschine (nur in den CSV- und XLSX-Exporten).</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Free GPUs</source>
        <translation>Freie GPUs</translation>
    </message>
    <message>
        <source>Each point averages the samples of up to %1.</source>
        <translation>Jeder Punkt mittelt die Messpunkte von bis zu %1.</translation>
    </message>
    <message>
        <source>building the report</source>
        <extracomment>Shares of the progress bar: building the report, drawing charts, writing the file.</extracomment>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <source>drawing charts</source>
        <translation>Diagramme werden gezeichnet</translation>
    </message>
    <message>
        <source>the chart “%1” could not be drawn: %2</source>
        <translation>das Diagramm „%1“ konnte nicht gezeichnet werden: %2</translation>
    </message>
    <message>
        <source>writing the file</source>
        <translation>Datei wird geschrieben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>the report could not be written: %1</source>
        <translation>der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>PDF document (charts, cover page, page numbers)</source>
        <translation>PDF-Dokument (Diagramme, Deckblatt, Seitenzahlen)</translation>
    </message>
    <message>
        <source>CSV table (the main table, UTF-8)</source>
        <translation>CSV-Tabelle (die Haupttabelle, UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (one sheet per table)</source>
        <translation>Excel-Arbeitsmappe (ein Blatt je Tabelle)</translation>
    </message>
    <message>
        <source>HTML page (tables and charts)</source>
        <translation>HTML-Seite (Tabellen und Diagramme)</translation>
    </message>
    <message>
        <source>Demo — simulated load: these numbers are not from real machines.</source>
        <translation>Demo — simulierte Last: Diese Zahlen stammen nicht von echten Maschinen.</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>The table “%1” (rows: %2) is in the CSV and XLSX exports of this report.</source>
        <translation>Die Tabelle „%1“ (Zeilen: %2) steht in den CSV- und XLSX-Exporten dieses Berichts.</translation>
    </message>
    <message>
        <source>composing the page</source>
        <translation>Seite wird zusammengestellt</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message>
        <source>Share of the machine&apos;s GPUs</source>
        <translation>Anteil an den GPUs der Maschine</translation>
    </message>
    <message>
        <source>Each bar is one machine&apos;s GPUs: in use, free (idle, in service) and unavailable (down or drained).</source>
        <translation>Jeder Balken zeigt die GPUs einer Maschine: belegt, frei (untätig, in Betrieb) und nicht verfügbar (ausgefallen oder geleert).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Machines with numbers</source>
        <translation>Maschinen mit Zahlen</translation>
    </message>
    <message>
        <source>; %1 answered the last poll</source>
        <translation>; %1 haben auf die letzte Abfrage geantwortet</translation>
    </message>
    <message>
        <source>%1 of %2 machines have numbers%3. %4 of %5 GPUs are free%6.</source>
        <translation>%1 von %2 Maschinen haben Zahlen%3. %4 von %5 GPUs sind frei%6.</translation>
    </message>
    <message>
        <source>Every number carries the time it was read: the newest is %1 old, the oldest %2.</source>
        <translation>Jede Zahl trägt die Zeit, zu der sie gelesen wurde: Die neueste ist %1 alt, die älteste %2.</translation>
    </message>
    <message>
        <source>Machines showing the last data seen before going offline: %1.</source>
        <translation>Maschinen mit den zuletzt gesehenen Daten vor dem Offline-Gehen: %1.</translation>
    </message>
    <message>
        <source>Machines of the registry that are not polled (planned, being installed, or no live endpoint known) and are listed without numbers: %1.</source>
        <translation>Maschinen des Registers, die nicht abgefragt werden (geplant, im Aufbau oder kein Live-Endpunkt bekannt) und ohne Zahlen aufgeführt sind: %1.</translation>
    </message>
    <message>
        <source>Demo — simulated load: these numbers come from the embedded demo federation, not from the real machines.</source>
        <translation>Demo — simulierte Last: Diese Zahlen stammen aus der eingebauten Demo-Föderation, nicht von den echten Maschinen.</translation>
    </message>
    <message>
        <source>Federation capacity</source>
        <translation>Kapazität der Föderation</translation>
    </message>
    <message>
        <source>Free and total GPUs of every factory&apos;s machines, with the age of every number</source>
        <translation>Freie und gesamte GPUs der Maschinen jeder Factory, mit dem Alter jeder Zahl</translation>
    </message>
    <message>
        <source>collecting machines</source>
        <translation>Maschinen werden gesammelt</translation>
    </message>
    <message>
        <source>GPUs per machine</source>
        <translation>GPUs je Maschine</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>collecting partitions</source>
        <translation>Partitionen werden gesammelt</translation>
    </message>
    <message>
        <source>EuroHPC AI Factories — free and total GPUs per machine</source>
        <translation>EuroHPC AI Factories — freie und gesamte GPUs je Maschine</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Days of history in a factory report.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Zentrum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Linked factories</source>
        <translation>Verbundene Factories</translation>
    </message>
    <message>
        <source>Unverified fields</source>
        <translation>Ungeprüfte Felder</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Zentren</translation>
    </message>
    <message>
        <source>Support centres</source>
        <translation>Supportzentren</translation>
    </message>
    <message>
        <source>The one-stop-shop support centres with their services, languages and contacts</source>
        <translation>Die Supportzentren der zentralen Anlaufstellen mit Leistungen, Sprachen und Kontakten</translation>
    </message>
    <message>
        <source>reading the support centres</source>
        <translation>Supportzentren werden gelesen</translation>
    </message>
    <message>
        <source>the copy bundled with the desk</source>
        <translation>der mit dem Desk ausgelieferten Kopie</translation>
    </message>
    <message>
        <source>the Hub at %1</source>
        <translation>dem Hub unter %1</translation>
    </message>
    <message>
        <source>%1 support centres, from %2.</source>
        <translation>%1 Supportzentren, aus %2.</translation>
    </message>
    <message>
        <source>laying out</source>
        <translation>Layout wird erstellt</translation>
    </message>
    <message>
        <source>Support centres of the AI Factories</source>
        <translation>Supportzentren der AI Factories</translation>
    </message>
    <message>
        <source>Selected on</source>
        <translation>Ausgewählt am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Experimental platform</source>
        <translation>Experimentelle Plattform</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Selection wave</source>
        <translation>Auswahlrunde</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>About the factory</source>
        <translation>Über die Factory</translation>
    </message>
    <message>
        <source>One factory</source>
        <translation>Eine Factory</translation>
    </message>
    <message>
        <source>One AI Factory: facts with sources, machines, partitions, last 7 days</source>
        <translation>Eine AI Factory: Fakten mit Quellen, Maschinen, Partitionen, letzte 7 Tage</translation>
    </message>
    <message>
        <source>choose a factory for this report (--factory ID)</source>
        <translation>wählen Sie eine Factory für diesen Bericht (--factory ID)</translation>
    </message>
    <message>
        <source>unknown factory %1</source>
        <translation>unbekannte Factory %1</translation>
    </message>
    <message>
        <source>; known: %1</source>
        <translation>; bekannt: %1</translation>
    </message>
    <message>
        <source>Machines of %1</source>
        <translation>Maschinen von %1</translation>
    </message>
    <message>
        <source>GPUs per machine of %1</source>
        <translation>GPUs je Maschine von %1</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>Verlauf wird gelesen</translation>
    </message>
    <message>
        <source>Free GPUs, last %1 days</source>
        <translation>Freie GPUs, letzte %1 Tage</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>%1 — AI Factory report</source>
        <translation>%1 — Bericht zur AI Factory</translation>
    </message>
    <message>
        <source>Availability history</source>
        <translation>Verlauf der Verfügbarkeit</translation>
    </message>
    <message>
        <source>Free GPUs per machine over a range of days, from the history on disk</source>
        <translation>Freie GPUs je Maschine über mehrere Tage, aus dem gespeicherten Verlauf</translation>
    </message>
    <message>
        <source>the range starts (%1) after it ends (%2)</source>
        <translation>der Zeitraum beginnt (%1) nach seinem Ende (%2)</translation>
    </message>
    <message>
        <source>summarising</source>
        <translation>Zusammenfassung wird erstellt</translation>
    </message>
    <message>
        <source>Free GPUs per machine</source>
        <translation>Freie GPUs je Maschine</translation>
    </message>
    <message>
        <source>hourly table</source>
        <translation>Stundentabelle</translation>
    </message>
    <message>
        <source>Samples recorded by this desk between %2 and %3 (UTC): %1, from machines: %4.</source>
        <translation>Von diesem Desk zwischen %2 und %3 (UTC) aufgezeichnete Messpunkte: %1, von Maschinen: %4.</translation>
    </message>
    <message>
        <source>This desk recorded no samples between %2 and %3 (UTC). History is recorded while the desk runs.</source>
        <translation>Dieser Desk hat zwischen %2 und %3 (UTC) keine Messpunkte aufgezeichnet. Der Verlauf wird aufgezeichnet, solange der Desk läuft.</translation>
    </message>
    <message>
        <source>No history database was available for this report.</source>
        <translation>Für diesen Bericht war keine Verlaufsdatenbank verfügbar.</translation>
    </message>
    <message>
        <source>Free GPUs per machine, %1 to %2 (UTC)</source>
        <translation>Freie GPUs je Maschine, %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Directory extract</source>
        <translation>Auszug aus dem Verzeichnis</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Support centre</source>
        <translation>Supportzentrum</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>Triage-Warteschlange</translation>
    </message>
    <message>
        <source>The single point of contact&apos;s requests with their state, assignee and routing (needs the Hub)</source>
        <translation>Die Anfragen der zentralen Kontaktstelle mit Status, Zuständigkeit und Weiterleitung (benötigt den Hub)</translation>
    </message>
    <message>
        <source>the triage queue lives on the Hub, and the desk is not connected to one (offline)</source>
        <translation>die Triage-Warteschlange liegt auf dem Hub, und der Desk ist mit keinem verbunden (offline)</translation>
    </message>
    <message>
        <source>reading the triage queue</source>
        <translation>Triage-Warteschlange wird gelesen</translation>
    </message>
    <message>
        <source>the Hub&apos;s triage queue could not be read: %1</source>
        <translation>die Triage-Warteschlange des Hubs konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 requests on the Hub at %2, %3 of them open.</source>
        <translation>%1 Anfragen auf dem Hub unter %2, davon %3 offen.</translation>
    </message>
    <message>
        <source>The single point of contact&apos;s queue</source>
        <translation>Die Warteschlange der zentralen Kontaktstelle</translation>
    </message>
    <message>
        <source>the %1 report is not available: %2</source>
        <extracomment>Stable id, used on the command line (``--kind``) and in settings. The kind reads ``ReportParams.factory_id`` / ``date_from`` and ``date_to``. Kinds whose data arrives with a later feature: id → (title, why it is not available). The order of the list (others follow in registration order).</extracomment>
        <translation>der Bericht %1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>unknown report kind %1; choose one of %2</source>
        <translation>unbekannte Berichtsart %1; wählen Sie eine von %2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>the report has no table</source>
        <extracomment>``progress(fraction 0..1, what is happening)``; called from the worker thread. Relative width in the PDF and HTML (1 = average). Shown in the PDF and HTML; spreadsheets always get every column. A shorter title for the narrow columns of a printed page (&quot;&quot; = the title). Shown in the PDF and HTML (a long table may live in spreadsheets only). Bars: each bar shows shares of its own total (0–100 %). Bars: a label written after each bar (e.g. &quot;2 900 free of 23 752&quot;). The section lists where facts come from (printed last, as an appendix). The table a single-table format (CSV) writes. History reports: the age that matters is that of the newest sample. The few numbers that matter most, for the cover: ``(label, text)``.</extracomment>
        <translation>der Bericht hat keine Tabelle</translation>
    </message>
    <message>
        <source>no data</source>
        <extracomment>Groups thousands in numbers for people (&quot;23 752&quot;) without letting a line break there.</extracomment>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Datenalter</translation>
    </message>
    <message>
        <source>no numbers in this report</source>
        <translation>keine Zahlen in diesem Bericht</translation>
    </message>
    <message>
        <source>newest sample %1 old</source>
        <translation>neuester Messpunkt %1 alt</translation>
    </message>
    <message>
        <source>oldest number %1 old</source>
        <translation>älteste Zahl %1 alt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>Numbers from</source>
        <translation>Zahlen von</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>offline — from the last data seen</source>
        <translation>offline — aus den zuletzt gesehenen Daten</translation>
    </message>
    <message>
        <source>online — read from the sites</source>
        <translation>online — von den Standorten gelesen</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>demo — simulated load, not real machines</source>
        <translation>Demo — simulierte Last, keine echten Maschinen</translation>
    </message>
    <message>
        <source>Registry as of</source>
        <translation>Registerstand</translation>
    </message>
    <message>
        <source>No registry facts are used in this report.</source>
        <translation>Dieser Bericht verwendet keine Fakten aus dem Register.</translation>
    </message>
    <message>
        <source>%1 registry facts used: %2; %3 distinct sources, listed under “Sources and confidence”.</source>
        <translation>%1 Fakten aus dem Register verwendet: %2; %3 verschiedene Quellen, aufgeführt unter „Quellen und Verlässlichkeit“.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <extracomment>A section starts on the current page only if this much room is left.</extracomment>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Numbers from the sites are shown with the time they were read; reference facts carry their confidence and sources. Nothing unknown is filled in.</source>
        <translation>Zahlen der Standorte stehen mit der Zeit, zu der sie gelesen wurden; Referenzfakten tragen ihre Verlässlichkeit und Quellen. Nichts Unbekanntes wird ergänzt.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>Demo — simulierte Last</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>data up to %1 old</source>
        <translation>Daten bis zu %1 alt</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>keine Zahlen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>laying out pages</source>
        <translation>Seiten werden gesetzt</translation>
    </message>
    <message>
        <source>cannot write the PDF to %1</source>
        <translation>das PDF kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>cannot add a page to %1</source>
        <translation>zu %1 kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>(share 0–1)</source>
        <translation>(Anteil 0–1)</translation>
    </message>
    <message>
        <source>writing rows</source>
        <translation>Zeilen werden geschrieben</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Oldest number (UTC)</source>
        <translation>Älteste Zahl (UTC)</translation>
    </message>
    <message>
        <source>Newest number (UTC)</source>
        <translation>Neueste Zahl (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
    <message>
        <source>saving the workbook</source>
        <translation>Arbeitsmappe wird gespeichert</translation>
    </message>
    <message>
        <source>cached</source>
        <extracomment>A machine&apos;s status words besides a site&apos;s health (``SYSTEM_STATUSES`` of the registry).</extracomment>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>im Aufbau</translation>
    </message>
    <message>
        <source>procurement</source>
        <translation>in Beschaffung</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>no machine listed</source>
        <translation>keine Maschine aufgeführt</translation>
    </message>
    <message>
        <source>not polled</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>Wartende Jobs</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschl.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>Free = idle GPUs on nodes in service. Used (utilisation) = GPUs in use / GPUs in service. Queue = pending jobs. Data age = how old the numbers were when this report was made.</source>
        <translation>Frei = untätige GPUs auf Knoten in Betrieb. Belegt (Auslastung) = belegte GPUs / GPUs in Betrieb. Warteschl. = wartende Jobs. Datenalter = wie alt die Zahlen waren, als dieser Bericht erstellt wurde.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU-Typ</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Queued GPUs</source>
        <translation>Wartende GPUs</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>A node in several partitions counts in each of them; the machine totals count it once.</source>
        <translation>Ein Knoten in mehreren Partitionen zählt in jeder von ihnen; die Maschinensummen zählen ihn einmal.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Registry facts used</source>
        <translation>Verwendete Fakten aus dem Register</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Sources and confidence</source>
        <translation>Quellen und Verlässlichkeit</translation>
    </message>
    <message>
        <source>Reference facts come from the federation registry; each carries its confidence (confirmed: read in two sources; single source; unverified: not read anywhere) and the sources it was read in. What no source gives is left empty, never guessed.</source>
        <translation>Referenzfakten stammen aus dem Register der Föderation; jeder trägt seine Verlässlichkeit (bestätigt: in zwei Quellen gelesen; eine Quelle; unbestätigt: nirgends gelesen) und die Quellen, in denen er gelesen wurde. Was keine Quelle nennt, bleibt leer und wird nie geraten.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>the desk&apos;s cache (offline)</source>
        <extracomment>Where the numbers come from, for the cover (&quot;demo federation&quot;, a Hub URL, &quot;cache&quot;). The Hub the desk talks to (the triage queue lives there); ``None`` when offline.</extracomment>
        <translation>dem Cache des Desks (offline)</translation>
    </message>
    <message>
        <source>the embedded demo federation — simulated load</source>
        <translation>der eingebauten Demo-Föderation — simulierte Last</translation>
    </message>
    <message>
        <source>Hub at %1</source>
        <translation>Hub unter %1</translation>
    </message>
    <message>
        <source>sites connected by hand</source>
        <translation>von Hand verbundenen Standorten</translation>
    </message>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: no file name</source>
        <translation>%1: kein Dateiname</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>no permission to write in %1</source>
        <translation>keine Schreibberechtigung in %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Not available yet — %1</source>
        <translation>Noch nicht verfügbar — %1</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Erster Tag (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC)</source>
        <translation>Letzter Tag (UTC)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Speicherort des Berichts wählen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Factory</translation>
    </message>
    <message>
        <source>Days (UTC)</source>
        <translation>Tage (UTC)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>No capacity data yet: a capacity report would show the registry without numbers.</source>
        <translation>Noch keine Kapazitätsdaten: ein Kapazitätsbericht zeigte das Register ohne Zahlen.</translation>
    </message>
    <message>
        <source>Offline — the report uses the last data seen (up to %1 old).</source>
        <translation>Offline — der Bericht nutzt die zuletzt gesehenen Daten (bis zu %1 alt).</translation>
    </message>
    <message>
        <source>The report uses the data on screen now (up to %1 old).</source>
        <translation>Der Bericht nutzt die jetzt angezeigten Daten (bis zu %1 alt).</translation>
    </message>
    <message>
        <source>choose a report and a file name</source>
        <translation>Wählen Sie einen Bericht und einen Dateinamen</translation>
    </message>
    <message>
        <source>the first day is after the last one</source>
        <translation>der erste Tag liegt nach dem letzten</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>No data about this partition yet: the limits cannot be checked.</source>
        <translation>Noch keine Daten zu dieser Partition: Die Grenzen können nicht geprüft werden.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>nicht begrenzt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;: %3 nodes</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;: %3 Knoten</translation>
    </message>
    <message>
        <source>GPUs per node: %1</source>
        <translation>GPUs pro Knoten: %1</translation>
    </message>
    <message>
        <source>%1 CPUs per node</source>
        <translation>%1 CPUs pro Knoten</translation>
    </message>
    <message>
        <source>memory per node up to %1 GB</source>
        <translation>Speicher pro Knoten bis %1 GB</translation>
    </message>
    <message>
        <source>max time %1</source>
        <translation>max. Laufzeit %1</translation>
    </message>
    <message>
        <source>max nodes per job %1</source>
        <translation>max. Knoten pro Job %1</translation>
    </message>
    <message>
        <source>free now: %1</source>
        <translation>jetzt frei: %1</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Nodes, GPUs, CPUs, memory and wall time. Each value is checked against the partition&apos;s limits as you type.</source>
        <translation>Knoten, GPUs, CPUs, Speicher und Laufzeit. Jeder Wert wird beim Tippen gegen die Grenzen der Partition geprüft.</translation>
    </message>
    <message>
        <source>site default</source>
        <translation>Vorgabe des Standorts</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>GPUs &amp;per node:</source>
        <translation>GPUs &amp;je Knoten:</translation>
    </message>
    <message>
        <source>GPU t&amp;ype:</source>
        <translation>GPU-&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Tasks per node:</source>
        <translation>&amp;Tasks je Knoten:</translation>
    </message>
    <message>
        <source>&amp;CPUs per task:</source>
        <translation>&amp;CPUs je Task:</translation>
    </message>
    <message>
        <source>&amp;Memory per node:</source>
        <translation>&amp;Speicher je Knoten:</translation>
    </message>
    <message>
        <source>&amp;Wall time:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>≤ %1 GB</source>
        <translation>≤ %1 GB</translation>
    </message>
    <message>
        <source>At most %1 GB per node in this partition</source>
        <translation>Höchstens %1 GB pro Knoten in dieser Partition</translation>
    </message>
    <message>
        <source>Slurm notation: minutes, HH:MM:SS or D-HH:MM:SS</source>
        <translation>Slurm-Schreibweise: Minuten, HH:MM:SS oder T-HH:MM:SS</translation>
    </message>
    <message>
        <source> — at most %1 here</source>
        <translation> — hier höchstens %1</translation>
    </message>
    <message>
        <source>In total: %1 GPUs (%2 × %3 %4) for %5 — up to %6 GPU-hours of your allocation.</source>
        <translation>Insgesamt: %1 GPUs (%2 × %3 %4) für %5 — bis zu %6 GPU-Stunden Ihres Kontingents.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>This is exactly what the desk will send. Copy the sbatch script to run the same job from a login node.</source>
        <translation>Genau das sendet der Desk. Kopieren Sie das sbatch-Skript, um denselben Job von einem Login-Knoten zu starten.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Absenden</translation>
    </message>
    <message>
        <source>slurmrestd request</source>
        <translation>slurmrestd-Anfrage</translation>
    </message>
    <message>
        <source>Equivalent sbatch script</source>
        <translation>Gleichwertiges sbatch-Skript</translation>
    </message>
    <message>
        <source>no GPUs</source>
        <translation>keine GPUs</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 node(s), %4, %5 task(s), wall time %6; account %7; submission %8.</source>
        <translation>%1 auf %2: %3 Knoten, %4, %5 Task(s), Laufzeit %6; Konto %7; Einreichung %8.</translation>
    </message>
    <message>
        <source>Asking the site which API version it serves…</source>
        <translation>Der Standort wird nach seiner API-Version gefragt…</translation>
    </message>
    <message>
        <source>slurmrestd request — POST /slurm/%1/job/submit</source>
        <translation>slurmrestd-Anfrage — POST /slurm/%1/job/submit</translation>
    </message>
    <message>
        <source>The comment carries the submission id: pressing Submit again after a lost answer finds the job instead of sending it twice.</source>
        <translation>Der Kommentar trägt die Einreichungs-ID: erneutes Absenden nach einer verlorenen Antwort findet den Job, statt ihn doppelt zu senden.</translation>
    </message>
    <message>
        <source> Demo site — simulated scheduler.</source>
        <translation> Demo-Standort — simulierter Scheduler.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Filter or search the current view</source>
        <extracomment>Keys that work inside views without a menu action (documented here, once).</extracomment>
        <translation>Die aktuelle Ansicht filtern oder durchsuchen</translation>
    </message>
    <message>
        <source>Move to the next / previous control</source>
        <translation>Zum nächsten / vorigen Bedienelement</translation>
    </message>
    <message>
        <source>Map: zoom in, zoom out, show every marker</source>
        <translation>Karte: vergrößern, verkleinern, alle Markierungen zeigen</translation>
    </message>
    <message>
        <source>Map: pan; tables: move between rows</source>
        <translation>Karte: verschieben; Tabellen: zwischen Zeilen wechseln</translation>
    </message>
    <message>
        <source>Close a dialog or the command palette</source>
        <translation>Einen Dialog oder die Befehlspalette schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>No secure credential store was found (keyring backend %1). Tokens are kept for this session only and must be entered again after a restart. Install or unlock GNOME Keyring or KWallet to remember them.</source>
        <translation>Es wurde kein sicherer Speicher für Zugangsdaten gefunden (Schlüsselbund-Backend %1). Tokens gelten nur für diese Sitzung und müssen nach einem Neustart erneut eingegeben werden. Installieren oder entsperren Sie GNOME Keyring oder KWallet, damit sie erhalten bleiben.</translation>
    </message>
    <message>
        <source>Renew a site&apos;s token</source>
        <translation>Token eines Standorts erneuern</translation>
    </message>
    <message>
        <source>Connect a site</source>
        <translation>Standort verbinden</translation>
    </message>
    <message>
        <source>e.g. My cluster</source>
        <translation>z. B. Mein Cluster</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Standortname</translation>
    </message>
    <message>
        <source>slurmrestd URL</source>
        <translation>slurmrestd-URL</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Token (JWT)</source>
        <translation>Token (JWT)</translation>
    </message>
    <message>
        <source>The token is kept in the OS keyring (%1), never in a file of the desk.</source>
        <translation>Das Token wird im Schlüsselbund des Betriebssystems (%1) gespeichert, nie in einer Datei des Desks.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Geben Sie dem Standort einen Namen.</translation>
    </message>
    <message>
        <source>Enter the user name the token belongs to.</source>
        <translation>Geben Sie den Benutzernamen ein, zu dem das Token gehört.</translation>
    </message>
    <message>
        <source>Paste the site&apos;s token.</source>
        <translation>Fügen Sie das Token des Standorts ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>no credentials</source>
        <translation>keine Zugangsdaten</translation>
    </message>
    <message>
        <source>cached data</source>
        <translation>zwischengespeicherte Daten</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>nur CPU</translation>
    </message>
    <message>
        <source>Site and partition</source>
        <translation>Standort und Partition</translation>
    </message>
    <message>
        <source>Where should the job run? Free GPUs are live from each site; pick a row.</source>
        <translation>Wo soll der Job laufen? Freie GPUs kommen live von jedem Standort; wählen Sie eine Zeile.</translation>
    </message>
    <message>
        <source>Filter machines, partitions, GPU types…</source>
        <translation>Maschinen, Partitionen, GPU-Typen filtern…</translation>
    </message>
    <message>
        <source>Filter the partitions</source>
        <translation>Partitionen filtern</translation>
    </message>
    <message>
        <source>Partitions with live capacity</source>
        <translation>Partitionen mit Live-Kapazität</translation>
    </message>
    <message>
        <source>demo — simulated load. </source>
        <translation>Demo — simulierte Last. </translation>
    </message>
    <message>
        <source>Sites without credentials are listed for their capacity; connect them in File › Sites &amp; credentials to submit there.</source>
        <translation>Standorte ohne Zugangsdaten werden mit ihrer Kapazität aufgeführt; verbinden Sie sie unter Datei › Standorte &amp; Zugangsdaten, um dort einzureichen.</translation>
    </message>
    <message>
        <source>No partition chosen yet.</source>
        <translation>Noch keine Partition gewählt.</translation>
    </message>
    <message>
        <source>%1 of %2 %3 GPUs free</source>
        <translation>%1 von %2 %3-GPUs frei</translation>
    </message>
    <message>
        <source>%1 · queued jobs: %2 · data %3 old</source>
        <translation>%1 · wartende Jobs: %2 · Daten %3 alt</translation>
    </message>
    <message>
        <source>demo, simulated load</source>
        <translation>Demo, simulierte Last</translation>
    </message>
    <message>
        <source>Site status: %1.</source>
        <translation>Standortstatus: %1.</translation>
    </message>
    <message>
        <source>the desk has no credentials for %1; connect it in File › Sites &amp; credentials</source>
        <translation>der Desk hat keine Zugangsdaten für %1; verbinden Sie ihn unter Datei › Standorte &amp; Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>The job goes to the site once; My Jobs follows it.</source>
        <translation>Der Job geht einmal an den Standort; Meine Jobs verfolgt ihn.</translation>
    </message>
    <message>
        <source>Submit &amp;again</source>
        <translation>&amp;Erneut absenden</translation>
    </message>
    <message>
        <source>&amp;Change the job</source>
        <translation>Job &amp;ändern</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>Erneut absenden</translation>
    </message>
    <message>
        <source>Send the job again under the same submission id; a job that reached the site is found, never made twice</source>
        <translation>Den Job erneut unter derselben Einreichungs-ID senden; ein Job, der den Standort erreicht hat, wird gefunden und nie doppelt angelegt</translation>
    </message>
    <message>
        <source>Change the job</source>
        <translation>Job ändern</translation>
    </message>
    <message>
        <source>Go back to the job&apos;s pages and submit it under a new submission id</source>
        <translation>Zu den Seiten des Jobs zurückgehen und ihn unter einer neuen Einreichungs-ID absenden</translation>
    </message>
    <message>
        <source>Submitting “%1” to %2 · %3…</source>
        <translation>„%1“ wird an %2 · %3 gesendet…</translation>
    </message>
    <message>
        <source>Submission aifd:%1 — recorded in the local ledger before it is sent.</source>
        <translation>Einreichung aifd:%1 — vor dem Senden im lokalen Journal festgehalten.</translation>
    </message>
    <message>
        <source>✔ Job &lt;b&gt;%1&lt;/b&gt; submitted to %2 · %3. It is in My Jobs now, as “submitted” until the site lists it.</source>
        <translation>✔ Job &lt;b&gt;%1&lt;/b&gt; an %2 · %3 gesendet. Er steht jetzt in Meine Jobs, als „eingereicht“, bis der Standort ihn auflistet.</translation>
    </message>
    <message>
        <source>The site said:</source>
        <translation>Der Standort meldete:</translation>
    </message>
    <message>
        <source>Submission aifd:%1 is confirmed in the local ledger. My Jobs shows the job&apos;s state, reason, start estimate and time left, and the desk notifies you when it starts, ends, fails or nears its time limit.</source>
        <translation>Einreichung aifd:%1 ist im lokalen Journal bestätigt. Meine Jobs zeigt Zustand, Grund, geschätzten Start und Restzeit des Jobs, und der Desk benachrichtigt Sie, wenn er startet, endet, fehlschlägt oder sein Zeitlimit erreicht.</translation>
    </message>
    <message>
        <source>Submitting again uses the same submission id: a job that did reach the site is found by its comment, never made twice.</source>
        <translation>Erneutes Absenden nutzt dieselbe Einreichungs-ID: ein Job, der den Standort erreicht hat, wird über seinen Kommentar gefunden und nie doppelt angelegt.</translation>
    </message>
    <message>
        <source>The scheduler refused this request. Change it and submit again (under a new submission id).</source>
        <translation>Der Scheduler hat diese Anfrage abgelehnt. Ändern Sie sie und senden Sie sie erneut (unter einer neuen Einreichungs-ID).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check and send</source>
        <translation>Prüfen und senden</translation>
    </message>
    <message>
        <source>Flags are sent with the application, so the single point of contact sees them in the inbox and can help.</source>
        <translation>Markierungen werden mit dem Antrag gesendet, damit die zentrale Anlaufstelle sie im Posteingang sieht und helfen kann.</translation>
    </message>
    <message>
        <source>Flags of the application</source>
        <translation>Markierungen des Antrags</translation>
    </message>
    <message>
        <source>⚑ %1 point(s) to look at:</source>
        <translation>⚑ %1 Punkt(e) zu prüfen:</translation>
    </message>
    <message>
        <source>✔ Nothing to flag.</source>
        <translation>✔ Nichts zu markieren.</translation>
    </message>
</context>
<context>
    <name>TokenWatch</name>
    <message>
        <source>%1 min</source>
        <extracomment>Remind this long before a token runs out.</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <source>the token carries no expiry date</source>
        <translation>das Token trägt kein Ablaufdatum</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>valid until %1 (%2 left)</source>
        <translation>gültig bis %1 (noch %2)</translation>
    </message>
    <message>
        <source>The token for %1 has expired</source>
        <translation>Das Token für %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>The tokens for %1 have expired</source>
        <translation>Die Tokens für %1 sind abgelaufen</translation>
    </message>
    <message>
        <source>the token for %1 expires in %2</source>
        <translation>das Token für %1 läuft in %2 ab</translation>
    </message>
    <message>
        <source>the tokens for %1 expire within %2</source>
        <translation>die Tokens für %1 laufen innerhalb von %2 ab</translation>
    </message>
    <message>
        <source> — renew in File › Sites &amp; credentials.</source>
        <translation> — erneuern unter Datei › Standorte &amp; Zugangsdaten.</translation>
    </message>
</context>
<context>
    <name>TriageService</name>
    <message>
        <source>Not connected to a Hub yet.</source>
        <translation>Noch nicht mit einem Hub verbunden.</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>The batch script and where it runs. Start from a template; the #SBATCH options come from the other pages.</source>
        <translation>Das Batch-Skript und wo es läuft. Beginnen Sie mit einer Vorlage; die #SBATCH-Optionen kommen von den anderen Seiten.</translation>
    </message>
    <message>
        <source>&amp;Use template</source>
        <translation>Vorlage &amp;verwenden</translation>
    </message>
    <message>
        <source>slurm-%j.out (in the working directory)</source>
        <translation>slurm-%j.out (im Arbeitsverzeichnis)</translation>
    </message>
    <message>
        <source>same as output</source>
        <translation>wie Ausgabe</translation>
    </message>
    <message>
        <source>none — e.g. 0-9%4</source>
        <translation>keins — z. B. 0-9%4</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Jobname</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Job-Skript</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>Error file</source>
        <translation>Fehlerdatei</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Skript:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Working dir:</source>
        <translation>&amp;Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <source>E&amp;rror:</source>
        <translation>&amp;Fehler:</translation>
    </message>
    <message>
        <source>&amp;Array:</source>
        <translation>A&amp;rray:</translation>
    </message>
    <message>
        <source>Replace the script?</source>
        <translation>Skript ersetzen?</translation>
    </message>
    <message>
        <source>Replace your script with the template “%1”?</source>
        <translation>Ihr Skript durch die Vorlage „%1“ ersetzen?</translation>
    </message>
</context>
</TS>
