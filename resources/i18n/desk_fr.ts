<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessModePage</name>
    <message>
        <source>Access mode</source>
        <translation>Mode d&apos;accès</translation>
    </message>
    <message>
        <source>The AI Factories&apos; access modes, their limits, and whether the mode is free for you.</source>
        <translation>Les modes d&apos;accès des AI Factories, leurs limites et si le mode est gratuit pour vous.</translation>
    </message>
    <message>
        <source>h100 (optional)</source>
        <translation>h100 (facultatif)</translation>
    </message>
    <message>
        <source> GPU-hours</source>
        <translation> heures GPU</translation>
    </message>
    <message>
        <source>Access &amp;mode</source>
        <translation>&amp;Mode d&apos;accès</translation>
    </message>
    <message>
        <source>GPU &amp;type</source>
        <translation>&amp;Type de GPU</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>Type de GPU</translation>
    </message>
    <message>
        <source>The GPU model you need, if any</source>
        <translation>Le modèle de GPU nécessaire, le cas échéant</translation>
    </message>
    <message>
        <source>&amp;Compute asked</source>
        <translation>&amp;Calcul demandé</translation>
    </message>
    <message>
        <source>GPU-hours asked</source>
        <translation>Heures GPU demandées</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>✔ Free for this applicant — </source>
        <translation>✔ Gratuit pour ce demandeur — </translation>
    </message>
    <message>
        <source>✘ Not free — </source>
        <translation>✘ Payant — </translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>Audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Apply via</source>
        <translation>Candidature via</translation>
    </message>
    <message>
        <source>Single source (not confirmed elsewhere): %1.</source>
        <translation>Source unique (non confirmée ailleurs) : %1.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>The access mode your allocation was granted under, and the project account the site charges for the job.</source>
        <translation>Le mode d&apos;accès sous lequel votre allocation a été accordée et le compte projet que le site débite pour le job.</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Mode d&apos;accès</translation>
    </message>
    <message>
        <source>Project account</source>
        <translation>Compte projet</translation>
    </message>
    <message>
        <source>the project (Slurm account) of your allocation</source>
        <translation>le projet (compte Slurm) de votre allocation</translation>
    </message>
    <message>
        <source>Access &amp;mode:</source>
        <translation>&amp;Mode d&apos;accès :</translation>
    </message>
    <message>
        <source>&amp;Project account:</source>
        <translation>&amp;Compte projet :</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>The site&apos;s welcome message or project portal names the account. </source>
        <translation>Le message de bienvenue ou le portail projet du site indique le compte. </translation>
    </message>
    <message>
        <source>The demo accepts any account name.</source>
        <translation>La démo accepte n&apos;importe quel nom de compte.</translation>
    </message>
    <message>
        <source>The access mode is only noted in the job comment for your own records; Slurm does not need it.</source>
        <translation>Le mode d&apos;accès n&apos;est noté que dans le commentaire du job, pour vos propres archives ; Slurm n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <source>Noted in the job comment for your records.</source>
        <translation>Noté dans le commentaire du job pour vos archives.</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>ApplicantPage</name>
    <message>
        <source>Who is applying</source>
        <translation>Qui fait la demande</translation>
    </message>
    <message>
        <source>Your organisation and how to reach you. Fields marked * are needed to send the application.</source>
        <translation>Votre organisation et comment vous joindre. Les champs marqués * sont nécessaires pour envoyer la demande.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>AT</translation>
    </message>
    <message>
        <source>name@company.eu</source>
        <translation>nom@entreprise.eu</translation>
    </message>
    <message>
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisation *</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Pays *</translation>
    </message>
    <message>
        <source>Where the organisation is established: ISO code, e.g. AT</source>
        <translation>Pays d&apos;établissement de l&apos;organisation : code ISO, p. ex. AT</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language you want to be answered in: ISO code, e.g. de</source>
        <translation>Langue dans laquelle vous souhaitez une réponse : code ISO, p. ex. fr</translation>
    </message>
    <message>
        <source>C&amp;ontact *</source>
        <translation>C&amp;ontact *</translation>
    </message>
    <message>
        <source>E-mail address the support centre can answer</source>
        <translation>Adresse e-mail à laquelle le centre de support peut répondre</translation>
    </message>
</context>
<context>
    <name>ApplyWizard</name>
    <message>
        <source>Users must be established in an EU member state or in a country associated to Horizon Europe (EuroHPC access policy).</source>
        <translation>Les utilisateurs doivent être établis dans un État membre de l&apos;UE ou dans un pays associé à Horizon Europe (politique d&apos;accès d&apos;EuroHPC).</translation>
    </message>
    <message>
        <source>EuroHPC machines are for civilian applications (Regulation (EU) 2021/1173).</source>
        <translation>Les machines EuroHPC sont destinées à des applications civiles (règlement (UE) 2021/1173).</translation>
    </message>
    <message>
        <source>Apply for access</source>
        <translation>Demander l&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Send application</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <source>Sending the application to the Hub…</source>
        <translation>Envoi de la demande au Hub…</translation>
    </message>
    <message>
        <source>Not sent — the Hub refused it: %1</source>
        <translation>Non envoyée — le Hub l&apos;a refusée : %1</translation>
    </message>
    <message>
        <source>The Hub refused %1: %2</source>
        <translation>Le Hub a refusé %1 : %2</translation>
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <source>CPU only</source>
        <extracomment>gres type → (short model, full model) gres type → GPUs per node (registry)</extracomment>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <source>no GPUs in this partition</source>
        <translation>aucun GPU dans cette partition</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>cached data from an earlier run</source>
        <translation>données en cache d&apos;une session précédente</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>démo — charge simulée</translation>
    </message>
    <message>
        <source>%1 GPUs out of service: %2 drained and %3 down node(s)</source>
        <translation>%1 GPU hors service : %2 nœud(s) drainé(s) et %3 en panne</translation>
    </message>
    <message>
        <source>the site reports no expected start for its queue</source>
        <translation>le site n&apos;indique aucun démarrage prévu pour sa file</translation>
    </message>
    <message>
        <source>Slurm&apos;s expected start of the first pending job: %1</source>
        <translation>Démarrage prévu par Slurm du premier job en attente : %1</translation>
    </message>
    <message>
        <source>All GPUs</source>
        <translation>Tous les GPU</translation>
    </message>
    <message>
        <source>every whole GPU of the federation (MIG slices apart); a node in several partitions counts once</source>
        <translation>chaque GPU entier de la fédération (hors tranches MIG) ; un nœud présent dans plusieurs partitions compte une fois</translation>
    </message>
    <message>
        <source>sites: %1</source>
        <translation>sites : %1</translation>
    </message>
    <message>
        <source>drained or down</source>
        <translation>drainés ou en panne</translation>
    </message>
    <message>
        <source>GPUs asked for by pending jobs (a job queued in several partitions counts in each)</source>
        <translation>GPU demandés par les jobs en attente (un job en attente dans plusieurs partitions compte dans chacune)</translation>
    </message>
    <message>
        <source>the whole federation</source>
        <extracomment>what the stacked plot covers (the selected site, or the whole federation) where ``free`` has a gap because some sites (not all) had no data: what the sites that answered add up to (joined to the neighbouring complete ticks), else ``nan`` per tick, how many of the ``site_count`` sites had data</extracomment>
        <translation>toute la fédération</translation>
    </message>
    <message>
        <source>Utilisation by hour × weekday, last %1 days</source>
        <translation>Utilisation par heure × jour de la semaine, %1 derniers jours</translation>
    </message>
</context>
<context>
    <name>AvailabilityView</name>
    <message>
        <source>&lt;b&gt;GPUs per GPU model&lt;/b&gt; — a node in several partitions counts once</source>
        <translation>&lt;b&gt;GPU par modèle de GPU&lt;/b&gt; — un nœud présent dans plusieurs partitions compte une fois</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>démo — charge simulée</translation>
    </message>
    <message>
        <source>Federation totals per GPU model</source>
        <translation>Totaux de la fédération par modèle de GPU</translation>
    </message>
    <message>
        <source>Filter machines, partitions, GPU models… (Ctrl+F)</source>
        <translation>Filtrer machines, partitions, modèles de GPU… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the availability table</source>
        <translation>Filtrer le tableau de disponibilité</translation>
    </message>
    <message>
        <source>Only partitions with free GPUs</source>
        <translation>Seulement les partitions avec des GPU libres</translation>
    </message>
    <message>
        <source>Show only partitions with free GPUs</source>
        <translation>N&apos;afficher que les partitions avec des GPU libres</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export a table as CSV</source>
        <translation>Exporter un tableau en CSV</translation>
    </message>
    <message>
        <source>Partitions as CSV…</source>
        <translation>Partitions en CSV…</translation>
    </message>
    <message>
        <source>Totals per GPU model as CSV…</source>
        <translation>Totaux par modèle de GPU en CSV…</translation>
    </message>
    <message>
        <source>GPU availability per partition</source>
        <translation>Disponibilité des GPU par partition</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Trustworthy-AI self-assessment</source>
        <translation>Auto-évaluation IA digne de confiance</translation>
    </message>
    <message>
        <source>Minimal risk (e.g. spam filters, games)</source>
        <extracomment>The AI Act&apos;s risk categories as the checklist offers them (ids: domain.triage.AI_ACT_RISKS).</extracomment>
        <translation>Risque minimal (p. ex. filtres anti-spam, jeux)</translation>
    </message>
    <message>
        <source>Limited risk: transparency duties (chatbots, generated content)</source>
        <translation>Risque limité : obligations de transparence (chatbots, contenus générés)</translation>
    </message>
    <message>
        <source>High risk (Annex III: health, hiring, credit, education, critical infrastructure…)</source>
        <translation>Risque élevé (annexe III : santé, recrutement, crédit, éducation, infrastructures critiques…)</translation>
    </message>
    <message>
        <source>Prohibited practice (Art. 5: social scoring, manipulation…)</source>
        <translation>Pratique interdite (art. 5 : notation sociale, manipulation…)</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Pas encore sûr</translation>
    </message>
    <message>
        <source>Show that the work is ethical and responsible. The trustworthy-AI self-assessment is this desk&apos;s own checklist; it is not a documented EuroHPC access condition.</source>
        <translation>Montrez que le travail est éthique et responsable. L&apos;auto-évaluation d&apos;IA digne de confiance est la liste de contrôle propre à ce bureau ; ce n&apos;est pas une condition d&apos;accès EuroHPC documentée.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Joined the AI Pact: yes</source>
        <translation>Adhésion au Pacte sur l&apos;IA : oui</translation>
    </message>
    <message>
        <source>Joined the AI Pact: no</source>
        <translation>Adhésion au Pacte sur l&apos;IA : non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>e.g. consent, Art. 9(2)(j) research</source>
        <translation>p. ex. consentement, art. 9, par. 2, point j) recherche</translation>
    </message>
    <message>
        <source>What the model will be used for, by whom</source>
        <translation>À quoi servira le modèle, et par qui</translation>
    </message>
    <message>
        <source>AI Act &amp;risk category</source>
        <translation>Catégorie de &amp;risque selon l&apos;AI Act</translation>
    </message>
    <message>
        <source>AI Act risk category</source>
        <translation>Catégorie de risque selon l&apos;AI Act</translation>
    </message>
    <message>
        <source>Your own reading of the AI Act&apos;s risk categories</source>
        <translation>Votre propre lecture des catégories de risque de l&apos;AI Act</translation>
    </message>
    <message>
        <source>Joined the AI Pact?</source>
        <translation>Adhésion au Pacte sur l&apos;IA ?</translation>
    </message>
    <message>
        <source>&amp;Personal data?</source>
        <translation>Données &amp;personnelles ?</translation>
    </message>
    <message>
        <source>Personal data processed</source>
        <translation>Données personnelles traitées</translation>
    </message>
    <message>
        <source>Does training or use process personal data?</source>
        <translation>L&apos;entraînement ou l&apos;utilisation traite-t-il des données personnelles ?</translation>
    </message>
    <message>
        <source>&amp;GDPR legal basis</source>
        <translation>Base légale &amp;RGPD</translation>
    </message>
    <message>
        <source>GDPR legal basis</source>
        <translation>Base légale RGPD</translation>
    </message>
    <message>
        <source>Needed when personal data is processed</source>
        <translation>Nécessaire lorsque des données personnelles sont traitées</translation>
    </message>
    <message>
        <source>&amp;Intended use</source>
        <translation>&amp;Usage prévu</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Usage prévu</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Age</source>
        <extracomment>The PDF&apos;s column titles: the table&apos;s own (context ``Column``) where the table has them.</extracomment>
        <translation>Âge</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>GPU demand</source>
        <translation>Besoin en GPU</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Factory</translation>
    </message>
    <message>
        <source>Support centre</source>
        <translation>Centre de support</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Elapsed / limit</source>
        <translation>Écoulé / limite</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <source>Estimated start</source>
        <translation>Démarrage estimé</translation>
    </message>
    <message>
        <source>Free GPUs</source>
        <translation>GPU libres</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite de temps</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Total GPUs</source>
        <translation>GPU au total</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Queue (jobs)</source>
        <translation>Jobs en attente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloués</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponibles</translation>
    </message>
    <message>
        <source>GPUs out of service: on down nodes, and idle on drained nodes</source>
        <translation>GPU hors service : sur les nœuds en panne, et inactifs sur les nœuds drainés</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>Drainés</translation>
    </message>
    <message>
        <source>nodes drained by the site (their running jobs may still finish)</source>
        <translation>nœuds drainés par le site (leurs jobs en cours peuvent encore se terminer)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>nodes down</source>
        <translation>nœuds en panne</translation>
    </message>
    <message>
        <source>Queued GPUs</source>
        <translation>GPU en attente</translation>
    </message>
    <message>
        <source>Next start (Slurm)</source>
        <translation>Prochain démarrage (Slurm)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Âge des données</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Free share</source>
        <translation>Part libre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>slurmrestd URL</source>
        <translation>URL slurmrestd</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Conservé dans</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>Type de GPU</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>Jobs en attente</translation>
    </message>
    <message>
        <source>Max time</source>
        <translation>Durée max.</translation>
    </message>
    <message>
        <source>Max nodes</source>
        <translation>Nœuds max.</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Mode d&apos;accès</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type to find an action or a view; Enter runs it, Escape closes.</source>
        <translation>Tapez pour trouver une action ou une vue ; Entrée l&apos;exécute, Échap ferme.</translation>
    </message>
    <message>
        <source>Type an action or a view…</source>
        <translation>Tapez une action ou une vue…</translation>
    </message>
    <message>
        <source>Find an action</source>
        <translation>Trouver une action</translation>
    </message>
    <message>
        <source>Matching actions</source>
        <translation>Actions correspondantes</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter run · Esc close</source>
        <translation>↑↓ choisir · Entrée exécuter · Échap fermer</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>State</source>
        <extracomment>The editable fields of a request (``domain.triage.EDITABLE``) as people call them.</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>AI Factory</translation>
    </message>
    <message>
        <source>Support centre</source>
        <translation>Centre de support</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>Type de GPU</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures GPU</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Mode d&apos;accès</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Request #%1 changed meanwhile</source>
        <translation>La demande n° %1 a changé entre-temps</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>Check “Use mine” for each of your changes to keep when merging; Space toggles</source>
        <translation>Cochez « Garder la mienne » pour chacune de vos modifications à conserver lors de la fusion ; Espace bascule</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>You saw</source>
        <translation>Vous aviez vu</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <source>Now on the Hub</source>
        <translation>Actuellement sur le Hub</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>  ⚠ both changed</source>
        <translation>  ⚠ modifié des deux côtés</translation>
    </message>
    <message>
        <source>use mine</source>
        <translation>garder la mienne</translation>
    </message>
    <message>
        <source>(not mine)</source>
        <translation>(pas la mienne)</translation>
    </message>
    <message>
        <source>Someone else saved this request (now version %1) after you opened it. Merge the checked fields of your change, retry all of it, or discard it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette demande (désormais version %1) après que vous l&apos;avez ouverte. Fusionnez les champs cochés de votre modification, renvoyez-la entièrement ou abandonnez-la.</translation>
    </message>
    <message>
        <source>&amp;Merge checked</source>
        <translation>&amp;Fusionner les champs cochés</translation>
    </message>
    <message>
        <source>&amp;Retry all mine</source>
        <translation>&amp;Renvoyer tout</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Abandonner la mienne</translation>
    </message>
    <message>
        <source>Send the checked fields of your change on top of the new version</source>
        <translation>Envoyer les champs cochés de votre modification par-dessus la nouvelle version</translation>
    </message>
    <message>
        <source>Send all of your change again on top of the new version</source>
        <translation>Renvoyer toute votre modification par-dessus la nouvelle version</translation>
    </message>
    <message>
        <source>Keep what is on the Hub now</source>
        <translation>Garder ce qui est actuellement sur le Hub</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Sites &amp; credentials</source>
        <translation>Sites &amp;&amp; identifiants</translation>
    </message>
    <message>
        <source>Tokens of the sites you connect are kept in the OS keyring (%1) and nowhere else. Demo tokens are published by the local demo federation and kept in memory only.</source>
        <translation>Les jetons des sites que vous connectez sont conservés dans le trousseau du système (%1) et nulle part ailleurs. Les jetons de démo sont publiés par la fédération de démo locale et gardés en mémoire seulement.</translation>
    </message>
    <message>
        <source>Sites and their credentials</source>
        <translation>Sites et leurs identifiants</translation>
    </message>
    <message>
        <source>No site to submit to yet. “Connect a site…” adds one with its slurmrestd URL, your user name and a token; the demo&apos;s sites appear here when the demo runs.</source>
        <translation>Aucun site où soumettre pour l&apos;instant. « Connecter un site… » en ajoute un avec son URL slurmrestd, votre nom d&apos;utilisateur et un jeton ; les sites de la démo apparaissent ici lorsque la démo tourne.</translation>
    </message>
    <message>
        <source>&amp;Connect a site…</source>
        <translation>&amp;Connecter un site…</translation>
    </message>
    <message>
        <source>&amp;Renew token…</source>
        <translation>&amp;Renouveler le jeton…</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Oublier…</translation>
    </message>
    <message>
        <source>Get new &amp;demo tokens</source>
        <translation>Obtenir de nouveaux jetons de &amp;démo</translation>
    </message>
    <message>
        <source>Connect a site</source>
        <translation>Connecter un site</translation>
    </message>
    <message>
        <source>Add a site by its slurmrestd URL, user and token</source>
        <translation>Ajouter un site par son URL slurmrestd, son utilisateur et son jeton</translation>
    </message>
    <message>
        <source>Renew token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>Enter a new token for the selected connected site</source>
        <translation>Saisir un nouveau jeton pour le site connecté choisi</translation>
    </message>
    <message>
        <source>Forget the site</source>
        <translation>Oublier le site</translation>
    </message>
    <message>
        <source>Remove the selected connected site and delete its token</source>
        <translation>Retirer le site connecté choisi et supprimer son jeton</translation>
    </message>
    <message>
        <source>Get new demo tokens</source>
        <translation>Obtenir de nouveaux jetons de démo</translation>
    </message>
    <message>
        <source>Read the demo federation&apos;s current tokens again</source>
        <translation>Relire les jetons actuels de la fédération de démo</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>memory (demo token)</source>
        <translation>mémoire (jeton de démo)</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>cette session seulement</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>no token stored: renew it</source>
        <translation>aucun jeton enregistré : renouvelez-le</translation>
    </message>
    <message>
        <source>The demo tokens were read again from the demo federation; the table shows their expiry.</source>
        <translation>Les jetons de démo ont été relus depuis la fédération de démo ; le tableau indique leur expiration.</translation>
    </message>
    <message>
        <source>Forget the site?</source>
        <translation>Oublier le site ?</translation>
    </message>
    <message>
        <source>Remove %1 and delete its token from the keyring?</source>
        <translation>Retirer %1 et supprimer son jeton du trousseau ?</translation>
    </message>
    <message>
        <source>%1: token deleted.</source>
        <translation>%1 : jeton supprimé.</translation>
    </message>
    <message>
        <source>Asking the demo federation for new tokens…</source>
        <translation>Demande de nouveaux jetons à la fédération de démo…</translation>
    </message>
    <message>
        <source>The demo federation is not running yet; try again in a moment.</source>
        <translation>La fédération de démo n&apos;est pas encore lancée ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 connected; its token is in the OS keyring.</source>
        <translation>%1 connecté ; son jeton est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>%1 connected; no secure keyring, so its token is kept for this run only and must be entered again after a restart.</source>
        <translation>%1 connecté ; pas de trousseau sécurisé, le jeton n&apos;est donc gardé que pour cette session et devra être ressaisi après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>DemoProcess</name>
    <message>
        <source>The demo federation stopped unexpectedly (exit code %1).</source>
        <translation>La fédération de démo s&apos;est arrêtée de façon inattendue (code de sortie %1).</translation>
    </message>
    <message>
        <source>The demo federation could not be started.</source>
        <translation>La fédération de démo n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The demo federation did not report ready within %1 s.</source>
        <translation>La fédération de démo ne s&apos;est pas signalée prête dans les %1 s.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Support centre details</source>
        <translation>Détails du centre de support</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Ouvrir le site web</translation>
    </message>
    <message>
        <source>Compose e-mail</source>
        <translation>Rédiger un e-mail</translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation>Copier le contact</translation>
    </message>
    <message>
        <source>Export vCard…</source>
        <translation>Exporter la vCard…</translation>
    </message>
    <message>
        <source>Staff notes on this centre (kept on this computer, saved as you type)</source>
        <translation>Notes de l&apos;équipe sur ce centre (gardées sur cet ordinateur, enregistrées pendant la saisie)</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Notes de l&apos;équipe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes de l&apos;équipe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a support centre to see its services, contacts and sources.</source>
        <translation>Choisissez un centre de support pour voir ses services, contacts et sources.</translation>
    </message>
    <message>
        <source>No website is known for this centre.</source>
        <translation>Aucun site web n&apos;est connu pour ce centre.</translation>
    </message>
    <message>
        <source>The website on record is not a valid address.</source>
        <translation>Le site web enregistré n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>No e-mail address is known for this centre — no source gives one.</source>
        <translation>Aucune adresse e-mail n&apos;est connue pour ce centre — aucune source n&apos;en donne.</translation>
    </message>
    <message>
        <source>The e-mail on record is not a valid address.</source>
        <translation>L&apos;e-mail enregistré n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Composing an e-mail to %1</source>
        <translation>Rédaction d&apos;un e-mail à %1</translation>
    </message>
    <message>
        <source>Contact of %1 copied</source>
        <translation>Contact de %1 copié</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Reading saved notes…</source>
        <translation>Lecture des notes enregistrées…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré %1</translation>
    </message>
    <message>
        <source>Kept on this computer only.</source>
        <translation>Gardé sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Not saved yet (%1); will retry.</source>
        <translation>Pas encore enregistré (%1) ; nouvel essai à venir.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>National Competence Centre</source>
        <translation>Centre national de compétences</translation>
    </message>
    <message>
        <source>AI Factory one-stop shop</source>
        <translation>Guichet unique d&apos;une AI Factory</translation>
    </message>
    <message>
        <source>AI Factory Antenna</source>
        <translation>Antenne d&apos;AI Factory</translation>
    </message>
    <message>
        <source>Testing and Experimentation Facility</source>
        <translation>Installation d&apos;essai et d&apos;expérimentation</translation>
    </message>
    <message>
        <source>NCC</source>
        <translation>NCC</translation>
    </message>
    <message>
        <source>One-stop shop</source>
        <translation>Guichet unique</translation>
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
        <translation>NCC</translation>
    </message>
    <message>
        <source>One-stop shops</source>
        <translation>Guichets uniques</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <source>Testing facilities (TEFs)</source>
        <translation>Installations d&apos;essai (TEF)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Linked factory</source>
        <translation>Factory liée</translation>
    </message>
    <message>
        <source>Onboarding and access</source>
        <translation>Accueil et accès</translation>
    </message>
    <message>
        <source>HPC training</source>
        <translation>Formation HPC</translation>
    </message>
    <message>
        <source>AI training</source>
        <translation>Formation en IA</translation>
    </message>
    <message>
        <source>Code porting and optimisation</source>
        <translation>Portage et optimisation de code</translation>
    </message>
    <message>
        <source>Algorithmic and AI expert support</source>
        <translation>Appui d&apos;experts en algorithmique et en IA</translation>
    </message>
    <message>
        <source>Data storage and management</source>
        <translation>Stockage et gestion des données</translation>
    </message>
    <message>
        <source>Legal, ethics and AI Act</source>
        <translation>Droit, éthique et règlement sur l&apos;IA</translation>
    </message>
    <message>
        <source>Business and funding advice</source>
        <translation>Conseil en affaires et financement</translation>
    </message>
    <message>
        <source>AI testing and experimentation</source>
        <translation>Essais et expérimentation en IA</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Life sciences</source>
        <translation>Sciences de la vie</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Industrie manufacturière</translation>
    </message>
    <message>
        <source>Agri-food</source>
        <translation>Agroalimentaire</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Climate and Earth</source>
        <translation>Climat et Terre</translation>
    </message>
    <message>
        <source>Mobility and automotive</source>
        <translation>Mobilité et automobile</translation>
    </message>
    <message>
        <source>Smart cities</source>
        <translation>Villes intelligentes</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Secteur public</translation>
    </message>
    <message>
        <source>Cybersecurity and defence</source>
        <translation>Cybersécurité et défense</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Media and culture</source>
        <translation>Médias et culture</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>Jeux vidéo</translation>
    </message>
    <message>
        <source>Language and LLMs</source>
        <translation>Langue et LLM</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>Robotique</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériaux</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bulgare</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalan</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danois</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estonien</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>basque</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>irlandais</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>galicien</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croate</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>hongrois</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>islandais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>luxembourgeois</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lituanien</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>letton</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>macédonien</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>maltais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norvégien</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Romansh</source>
        <translation>romanche</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>slovène</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanais</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbe</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>source unique</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>no provenance given</source>
        <translation>aucune provenance indiquée</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>horaires inconnus</translation>
    </message>
    <message>
        <source>no source gives opening hours</source>
        <translation>aucune source ne donne d&apos;horaires</translation>
    </message>
    <message>
        <source>the opening hours cannot be read</source>
        <translation>les horaires d&apos;ouverture sont illisibles</translation>
    </message>
    <message>
        <source>the centre&apos;s time zone is unknown</source>
        <translation>le fuseau horaire du centre est inconnu</translation>
    </message>
    <message>
        <source>open around the clock</source>
        <translation>ouvert 24 h/24</translation>
    </message>
    <message>
        <source>until %1 (%2)</source>
        <translation>jusqu&apos;à %1 (%2)</translation>
    </message>
    <message>
        <source>no opening time in the week</source>
        <translation>aucune heure d&apos;ouverture dans la semaine</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>opens %1 %2 (%3)</source>
        <translation>ouvre %1 à %2 (%3)</translation>
    </message>
</context>
<context>
    <name>DirectoryDetail</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web : %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Heures d&apos;ouverture : %1</translation>
    </message>
    <message>
        <source>AI Factories: %1</source>
        <translation>AI Factories : %1</translation>
    </message>
    <message>
        <source>no source gives it</source>
        <translation>aucune source ne l&apos;indique</translation>
    </message>
    <message>
        <source>not a valid address</source>
        <translation>adresse non valide</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation>pays inconnu</translation>
    </message>
    <message>
        <source>This entry has problems</source>
        <translation>Cette entrée a des problèmes</translation>
    </message>
    <message>
        <source>shown as served:</source>
        <translation>affichée telle que fournie :</translation>
    </message>
    <message>
        <source>local time %1</source>
        <translation>heure locale %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Node countries</source>
        <translation>Pays des nœuds</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>AI Factories</source>
        <translation>AI Factories</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>aucune liée</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No source address recorded.</source>
        <translation>Aucune adresse de source enregistrée.</translation>
    </message>
    <message>
        <source>confirmed = read in the cited sources; single source = one secondary source; unverified = no source read (an assumption, labelled). Unknown values are left empty, never guessed.</source>
        <translation>confirmé = lu dans les sources citées ; source unique = une source secondaire ; non vérifié = aucune source lue (une hypothèse, signalée). Les valeurs inconnues restent vides, jamais devinées.</translation>
    </message>
</context>
<context>
    <name>DirectoryExport</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>recherche « %1 »</translation>
    </message>
    <message>
        <source>centres: %1</source>
        <translation>centres : %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message>
        <source>data as of %1</source>
        <translation>données du %1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>exporté le %1</translation>
    </message>
    <message>
        <source>%1 — support-centre directory</source>
        <translation>%1 — annuaire des centres de support</translation>
    </message>
    <message>
        <source>Chosen by %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>nœuds : %1</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation>problèmes : %1</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>AI Factories</source>
        <translation>AI Factories</translation>
    </message>
    <message>
        <source>† single source or unverified (an assumption, labelled). &lt;i&gt;unknown&lt;/i&gt; = no source gives it; nothing is guessed.</source>
        <translation>† source unique ou non vérifié (une hypothèse, signalée). &lt;i&gt;inconnu&lt;/i&gt; = aucune source ne le donne ; rien n&apos;est deviné.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>bundled copy</source>
        <translation>copie fournie</translation>
    </message>
    <message>
        <source>Hub at %1</source>
        <translation>Hub à %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundled directory could not be read: %1</source>
        <translation>L&apos;annuaire fourni n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The Hub&apos;s directory could not be read (%1); showing the %2.</source>
        <translation>L&apos;annuaire du Hub n&apos;a pas pu être lu (%1) ; affichage de %2.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search names, services, sectors, languages, cities… — typos are fine (Ctrl+F)</source>
        <translation>Chercher noms, services, secteurs, langues, villes… — les fautes de frappe sont tolérées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the support centres</source>
        <translation>Chercher dans les centres de support</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>List as CSV…</source>
        <translation>Liste en CSV…</translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation>Liste en PDF…</translation>
    </message>
    <message>
        <source>Support centres</source>
        <translation>Centres de support</translation>
    </message>
    <message>
        <source>%1 of %2 centres</source>
        <translation>%1 centres sur %2</translation>
    </message>
    <message>
        <source>Loading the directory…</source>
        <translation>Chargement de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Source: %1 · data as of %2</source>
        <translation>Source : %1 · données au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) with problems, shown with ⚠</source>
        <translation>
            <numerusform>%n entrée avec des problèmes, signalée par ⚠</numerusform>
            <numerusform>%n entrées avec des problèmes, signalées par ⚠</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 écrit dans %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Exporter la liste en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export the list as PDF</source>
        <translation>Exporter la liste en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Support-centre directory</source>
        <translation>Annuaire des centres de support</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export the contact as vCard</source>
        <translation>Exporter le contact en vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
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
        <translation>Le brouillon du job n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Start-up or SME</source>
        <translation>Start-up ou PME</translation>
    </message>
    <message>
        <source>Other industry</source>
        <translation>Autre entreprise industrielle</translation>
    </message>
    <message>
        <source>Academia / research</source>
        <translation>Université / recherche</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Secteur public</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Who may use the EuroHPC AI Factories.</source>
        <translation>Qui peut utiliser les AI Factories EuroHPC.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>an EU member state</source>
        <translation>un État membre de l&apos;UE</translation>
    </message>
    <message>
        <source>a country associated to Horizon Europe</source>
        <translation>un pays associé à Horizon Europe</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>ailleurs</translation>
    </message>
    <message>
        <source>Part of an &amp;EU-funded project (Horizon Europe, Digital Europe)</source>
        <translation>Fait partie d&apos;un projet &amp;financé par l&apos;UE (Horizon Europe, Europe numérique)</translation>
    </message>
    <message>
        <source>The work is for &amp;civilian use only</source>
        <translation>Le travail est à usage &amp;civil uniquement</translation>
    </message>
    <message>
        <source>&amp;Established in</source>
        <translation>&amp;Établi dans</translation>
    </message>
    <message>
        <source>Established in</source>
        <translation>Établi dans</translation>
    </message>
    <message>
        <source>&amp;Applicant</source>
        <translation>&amp;Demandeur</translation>
    </message>
    <message>
        <source>Kind of applicant</source>
        <translation>Type de demandeur</translation>
    </message>
    <message>
        <source>Decides which modes are free</source>
        <translation>Détermine quels modes sont gratuits</translation>
    </message>
    <message>
        <source>Part of an EU-funded project</source>
        <translation>Fait partie d&apos;un projet financé par l&apos;UE</translation>
    </message>
    <message>
        <source>Civilian use only</source>
        <translation>Usage civil uniquement</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Exporter les données en CSV</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filter by kind, country, service, sector, language or linked factory</source>
        <extracomment>Facets open at start; the long lists (countries, languages, factories) start folded.</extracomment>
        <translation>Filtrer par type, pays, service, secteur, langue ou factory liée</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>%1: %2 centre(s)</source>
        <translation>%1 : %2 centre(s)</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>Filtré par : %1</translation>
    </message>
</context>
<context>
    <name>FactoryDetail</name>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>source unique</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximative</translation>
    </message>
    <message>
        <source>surveyed</source>
        <translation>relevée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Hébergé par</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>No GPU partition known yet.</source>
        <translation>Aucune partition GPU connue pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <source>GPU nodes</source>
        <translation>Nœuds GPU</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU par nœud</translation>
    </message>
    <message>
        <source>GPU memory (GB)</source>
        <translation>Mémoire GPU (Go)</translation>
    </message>
    <message>
        <source>GPUs in total</source>
        <translation>GPU au total</translation>
    </message>
    <message>
        <source>No source recorded.</source>
        <translation>Aucune source enregistrée.</translation>
    </message>
    <message>
        <source>Unknown factory %1.</source>
        <translation>Factory inconnue %1.</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Selected on</source>
        <translation>Sélectionnée le</translation>
    </message>
    <message>
        <source>Hosting entity</source>
        <translation>Entité d&apos;accueil</translation>
    </message>
    <message>
        <source>Map position</source>
        <translation>Position sur la carte</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Experimental platform</source>
        <translation>Plateforme expérimentale</translation>
    </message>
    <message>
        <source>Live: %1 of %2 GPUs free</source>
        <translation>En direct : %1 GPU libres sur %2</translation>
    </message>
    <message>
        <source>demo, simulated load</source>
        <translation>démo, charge simulée</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>No machine listed for this factory.</source>
        <translation>Aucune machine n&apos;est indiquée pour cette factory.</translation>
    </message>
    <message>
        <source>Access modes</source>
        <translation>Modes d&apos;accès</translation>
    </message>
    <message>
        <source>The EuroHPC AI Factory access modes (the same for every factory):</source>
        <translation>Les modes d&apos;accès des AI Factories EuroHPC (les mêmes pour chaque factory) :</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision : %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût : %1</translation>
    </message>
    <message>
        <source>Support centres</source>
        <translation>Centres de support</translation>
    </message>
    <message>
        <source>None linked in the registry.</source>
        <translation>Aucun n&apos;est lié dans le registre.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <source>Antenna in %1</source>
        <translation>Antenne en/au %1</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>confirmed = read in the cited sources; single source = one secondary source; unverified = no source read. The last two are marked &lt;i&gt;uncertain&lt;/i&gt;.</source>
        <translation>confirmé = lu dans les sources citées ; source unique = une source secondaire ; non vérifié = aucune source lue. Les deux derniers sont marqués &lt;i&gt;incertain&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>AI Factory</source>
        <translation>AI Factory</translation>
    </message>
    <message>
        <source>Factory details</source>
        <translation>Détails de la factory</translation>
    </message>
</context>
<context>
    <name>Federation</name>
    <message>
        <source>The bundled registry could not be loaded: %1</source>
        <extracomment>Retries the Hub in the background (with backoff) after it could not be read.</extracomment>
        <translation>Le registre fourni n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>reading the registry from %1</source>
        <translation>lecture du registre depuis %1</translation>
    </message>
    <message>
        <source>polling %1 sites</source>
        <translation>interrogation de %1 sites</translation>
    </message>
    <message>
        <source>The Hub could not be read: %1. Showing the last data seen; retrying in the background.</source>
        <translation>Le Hub n&apos;a pas pu être lu : %1. Affichage des dernières données reçues ; nouvel essai en arrière-plan.</translation>
    </message>
    <message>
        <source>offline — retrying the Hub in %1 s</source>
        <translation>hors ligne — nouvel essai du Hub dans %1 s</translation>
    </message>
</context>
<context>
    <name>FindCapacityModel</name>
    <message>
        <source>free now</source>
        <translation>libre maintenant</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>ne rentre pas</translation>
    </message>
    <message>
        <source>no live answer yet (only cached data)</source>
        <translation>pas encore de réponse en direct (données en cache seulement)</translation>
    </message>
    <message>
        <source>no live answer yet</source>
        <translation>pas encore de réponse en direct</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>estimated start: %1</source>
        <translation>démarrage estimé : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>FindCapacityView</name>
    <message>
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPU par nœud</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Mode d&apos;accès</translation>
    </message>
    <message>
        <source>Any access mode</source>
        <translation>Tout mode d&apos;accès</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>démo — charge simulée</translation>
    </message>
    <message>
        <source>GPU &amp;model</source>
        <translation>&amp;Modèle de GPU</translation>
    </message>
    <message>
        <source>&amp;GPUs per node</source>
        <translation>&amp;GPU par nœud</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Nœuds</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>&amp;Access mode</source>
        <translation>Mode d&apos;&amp;accès</translation>
    </message>
    <message>
        <source>Partitions ranked by estimated start</source>
        <translation>Partitions classées par démarrage estimé</translation>
    </message>
    <message>
        <source>Open in job &amp;wizard…</source>
        <translation>Ouvrir dans l&apos;&amp;assistant de job…</translation>
    </message>
    <message>
        <source>Open the chosen partition in the job wizard</source>
        <translation>Ouvrir la partition choisie dans l&apos;assistant de job</translation>
    </message>
    <message>
        <source>Starts a new job on this partition with this shape (Enter or double-click); the sbatch line is copied too</source>
        <translation>Lance un nouveau job sur cette partition avec ce gabarit (Entrée ou double-clic) ; la ligne sbatch est aussi copiée</translation>
    </message>
    <message>
        <source>&amp;Copy sbatch line</source>
        <translation>&amp;Copier la ligne sbatch</translation>
    </message>
    <message>
        <source>Copy the sbatch line of the chosen partition</source>
        <translation>Copier la ligne sbatch de la partition choisie</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the ranking as CSV</source>
        <translation>Exporter le classement en CSV</translation>
    </message>
    <message>
        <source>How the ranking works: idle GPUs now (whole idle nodes for whole-node jobs), the GPUs queued ahead (first come, first served: priorities are not known to the desk), the partition&apos;s limits, and a queue that drains as jobs end — about half the time limit per job, as sites do not report when others&apos; jobs end. Where a site reports Slurm&apos;s own expected start for its queue, nothing earlier is promised unless the job fits before it (backfill). An estimate, not a promise; sites without data are never guessed.</source>
        <translation>Comment le classement est établi : les GPU libres maintenant (des nœuds entiers libres pour les jobs à nœuds entiers), les GPU en attente devant (premier arrivé, premier servi : le desk ne connaît pas les priorités), les limites de la partition et une file qui se vide à mesure que les jobs se terminent — environ la moitié de la limite de temps par job, car les sites ne signalent pas quand les jobs des autres se terminent. Lorsqu&apos;un site indique le démarrage prévu par Slurm pour sa file, rien de plus tôt n&apos;est promis, sauf si le job tient avant (backfill). Une estimation, pas une promesse ; les sites sans données ne sont jamais devinés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where would my job start soonest?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Où mon job démarrerait-il le plus tôt ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Any GPU model</source>
        <translation>Tout modèle de GPU</translation>
    </message>
    <message>
        <source>%1 GPUs for %2 h = %3 GPU-hours</source>
        <translation>%1 GPU pendant %2 h = %3 heures GPU</translation>
    </message>
    <message>
        <source>access: %1</source>
        <translation>accès : %1</translation>
    </message>
    <message>
        <source>copied: %1</source>
        <translation>copié : %1</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export impossible : %1</translation>
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
        <translation>dégradé</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>auth failed</source>
        <translation>échec d&apos;authentification</translation>
    </message>
    <message>
        <source>unsupported API version</source>
        <translation>version d&apos;API non prise en charge</translation>
    </message>
    <message>
        <source>planned machine</source>
        <translation>machine prévue</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>pas encore interrogé</translation>
    </message>
</context>
<context>
    <name>HistoryBackfill</name>
    <message>
        <source>History could not be back-filled for %1 site(s); first: %2: %3</source>
        <extracomment>The step of the samples older than ``FINE_S`` (what the 7 d and 30 d plots draw). How far back the fine step goes (a day and an hour of margin for the 24 h plot).</extracomment>
        <translation>L&apos;historique n&apos;a pas pu être complété pour %1 site(s) ; premier : %2 : %3</translation>
    </message>
    <message>
        <source>History back-fill failed: %1</source>
        <translation>Échec du complément d&apos;historique : %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>demo — simulated load</source>
        <translation>démo — charge simulée</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Afficher les dernières %1</translation>
    </message>
    <message>
        <source>no data</source>
        <extracomment>Colours per GPU model in the stacked plot (stable order), then a fallback cycle.</extracomment>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Whole &amp;federation</source>
        <translation>Toute la &amp;fédération</translation>
    </message>
    <message>
        <source>Show the whole federation</source>
        <translation>Afficher toute la fédération</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Reset the zoom to the whole range</source>
        <translation>Ramener le zoom à toute la période</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export a plot as PNG or the data as CSV</source>
        <translation>Exporter un graphique en PNG ou les données en CSV</translation>
    </message>
    <message>
        <source>All plots as PNG…</source>
        <translation>Tous les graphiques en PNG…</translation>
    </message>
    <message>
        <source>Free GPUs plot as PNG…</source>
        <translation>Graphique des GPU libres en PNG…</translation>
    </message>
    <message>
        <source>Per GPU model plot as PNG…</source>
        <translation>Graphique par modèle de GPU en PNG…</translation>
    </message>
    <message>
        <source>Heat map as PNG…</source>
        <translation>Carte de chaleur en PNG…</translation>
    </message>
    <message>
        <source>Plotted data as CSV…</source>
        <translation>Données affichées en CSV…</translation>
    </message>
    <message>
        <source>Free GPUs and queued demand over time</source>
        <translation>GPU libres et demande en attente dans le temps</translation>
    </message>
    <message>
        <source>Free GPUs per GPU model over time, stacked</source>
        <translation>GPU libres par modèle de GPU dans le temps, empilées</translation>
    </message>
    <message>
        <source>Utilisation by hour of day and weekday</source>
        <translation>Utilisation par heure et par jour de la semaine</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libres</translation>
    </message>
    <message>
        <source>free at the sites that answered (others did not)</source>
        <translation>libres sur les sites qui ont répondu (les autres non)</translation>
    </message>
    <message>
        <source>free GPUs</source>
        <translation>GPU libres</translation>
    </message>
    <message>
        <source>1 h</source>
        <extracomment>The keys of ``RANGES`` as lupdate must see them (shown as the range buttons).</extracomment>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 j</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 j</translation>
    </message>
    <message>
        <source>Solid line: free GPUs; dashed line: free GPUs at the sites that answered; right axis: queued GPU demand. Gaps are times without data.</source>
        <translation>Trait plein : GPU libres ; pointillés : GPU libres des sites qui ont répondu ; axe de droite : demande de GPU en attente. Les trous sont des périodes sans données.</translation>
    </message>
    <message>
        <source>Free GPUs per GPU model, stacked; the legend names each model&apos;s colour.</source>
        <translation>GPU libres par modèle de GPU, empilés ; la légende indique la couleur de chaque modèle.</translation>
    </message>
    <message>
        <source>Share of GPUs in service that were allocated, by hour of day (across) and weekday (down); darker is busier. The readout gives the value under the mouse.</source>
        <translation>Part des GPU en service qui étaient allouées, par heure du jour (en largeur) et jour de la semaine (en hauteur) ; plus c&apos;est foncé, plus c&apos;est chargé. L&apos;affichage donne la valeur sous la souris.</translation>
    </message>
    <message>
        <source>queued GPUs</source>
        <translation>GPU en attente</translation>
    </message>
    <message>
        <source>queued demand (right axis)</source>
        <translation>demande en attente (axe de droite)</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <source>loading history…</source>
        <translation>chargement de l&apos;historique…</translation>
    </message>
    <message>
        <source>History could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free GPUs&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;GPU libres&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>Free GPUs per GPU model, stacked — %1</source>
        <translation>GPU libres par modèle de GPU, empilées — %1</translation>
    </message>
    <message>
        <source>No history yet for %1.
The desk records it while it runs; the Hub back-fills it where it can.</source>
        <translation>Pas encore d&apos;historique pour %1.
Le desk l&apos;enregistre tant qu&apos;il tourne ; le Hub le complète quand il le peut.</translation>
    </message>
    <message>
        <source>no data in this range</source>
        <translation>aucune donnée sur cette période</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 averages</source>
        <translation>moyennes sur %1</translation>
    </message>
    <message>
        <source> · gaps are times without data (desk closed or a site not answering)</source>
        <translation> · les trous sont des périodes sans données (desk fermé ou site muet)</translation>
    </message>
    <message>
        <source>; dashed: what the sites that answered add up to</source>
        <translation> ; en pointillés : le total des sites qui ont répondu</translation>
    </message>
    <message>
        <source> · back-filling the last 30 days from the Hub…</source>
        <translation> · complément des 30 derniers jours depuis le Hub…</translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>libres %1</translation>
    </message>
    <message>
        <source>free %1 at the %2 of %3 sites that answered</source>
        <translation>libres %1 sur les %2 des %3 sites qui ont répondu</translation>
    </message>
    <message>
        <source>in service %1</source>
        <translation>en service %1</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>en attente %1</translation>
    </message>
    <message>
        <source>%1 % of GPUs in service allocated</source>
        <translation>%1 % des GPU en service allouées</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export impossible : %1</translation>
    </message>
</context>
<context>
    <name>InboxDetail</name>
    <message>
        <source>The trustworthy-AI self-assessment is this desk&apos;s own checklist, not a documented EuroHPC access rule.</source>
        <translation>L&apos;auto-évaluation d&apos;IA digne de confiance est la liste de contrôle propre à ce bureau, pas une règle d&apos;accès EuroHPC documentée.</translation>
    </message>
    <message>
        <source>Established in</source>
        <translation>Établi dans</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>EU-funded project</source>
        <translation>Projet financé par l&apos;UE</translation>
    </message>
    <message>
        <source>Civilian use</source>
        <translation>Usage civil</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Mode d&apos;accès</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures GPU</translation>
    </message>
    <message>
        <source>AI Act risk</source>
        <translation>Risque selon l&apos;AI Act</translation>
    </message>
    <message>
        <source>AI Pact</source>
        <translation>Pacte sur l&apos;IA</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>GDPR basis</source>
        <translation>Base légale RGPD</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Usage prévu</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <source>Routing suggestions, best first</source>
        <translation>Suggestions d&apos;orientation, les meilleures d&apos;abord</translation>
    </message>
    <message>
        <source>Score and the pair; the reasons of the chosen one are shown below. Enter accepts it.</source>
        <translation>Score et paire ; les raisons de celle choisie sont affichées dessous. Entrée l&apos;accepte.</translation>
    </message>
    <message>
        <source>Why this suggestion</source>
        <translation>Pourquoi cette suggestion</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Accepter la suggestion</translation>
    </message>
    <message>
        <source>Accept the chosen suggestion</source>
        <translation>Accepter la suggestion choisie</translation>
    </message>
    <message>
        <source>Sets the factory and support centre, assigns the request and, if you are not the assignee yet, assigns it to you</source>
        <translation>Définit la factory et le centre de support, attribue la demande et, si vous n&apos;en êtes pas encore responsable, vous l&apos;attribue</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>S&amp;uggested factory and support centre (score, best first):</source>
        <translation>Factory et centre de support &amp;suggérés (score, meilleurs d&apos;abord) :</translation>
    </message>
    <message>
        <source>Hi&amp;story (who, when, what):</source>
        <translation>&amp;Historique (qui, quand, quoi) :</translation>
    </message>
    <message>
        <source>Score %1 because: </source>
        <translation>Score %1 car : </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez une demande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>  (current)</source>
        <translation>  (actuelle)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>GPU demand</source>
        <translation>Besoin en GPU</translation>
    </message>
    <message>
        <source>%1 × %2 GPU-hours</source>
        <translation>%1 × %2 heures GPU</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>AI Factory</translation>
    </message>
    <message>
        <source>Support centre</source>
        <translation>Centre de support</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>⚑ %1 flag(s) from the application:</source>
        <translation>⚑ %1 signalement(s) issu(s) de la candidature :</translation>
    </message>
    <message>
        <source>Application answers:</source>
        <translation>Réponses de la candidature :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A sign before the word, so the level reads without colour too. The request states as lupdate must see them (``STATE_LABELS`` of the domain, in English).</extracomment>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Triée</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>compute</source>
        <extracomment>What a caller needs, as lupdate must see it (``NEEDS`` of the domain holds the codes).</extracomment>
        <translation>calcul</translation>
    </message>
    <message>
        <source>support</source>
        <translation>accompagnement</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>juridique</translation>
    </message>
    <message>
        <source>open requests: due soon after 24 h, overdue after 72 h</source>
        <translation>demandes ouvertes : échéance proche après 24 h, en retard après 72 h</translation>
    </message>
</context>
<context>
    <name>InboxSavedViews</name>
    <message>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>My open requests</source>
        <translation>Mes demandes ouvertes</translation>
    </message>
    <message>
        <source>New, not yet triaged</source>
        <translation>Nouvelles, pas encore triées</translation>
    </message>
    <message>
        <source>Overdue (open, older than 72 h)</source>
        <translation>En retard (ouvertes, plus de 72 h)</translation>
    </message>
    <message>
        <source>Flagged applications</source>
        <translation>Candidatures signalées</translation>
    </message>
    <message>
        <source>Legal questions</source>
        <translation>Questions juridiques</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Vie&amp;w:</source>
        <translation>&amp;Vue :</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Tout besoin</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Tout SLA</translation>
    </message>
    <message>
        <source>⚠ Due soon or overdue</source>
        <translation>⚠ Bientôt dues ou en retard</translation>
    </message>
    <message>
        <source>✖ Overdue</source>
        <translation>✖ En retard</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Les miennes</translation>
    </message>
    <message>
        <source>⚑ F&amp;lagged</source>
        <translation>⚑ Si&amp;gnalées</translation>
    </message>
    <message>
        <source>Search organisation, text, contact… (Ctrl+F, Enter)</source>
        <translation>Chercher organisation, texte, contact… (Ctrl+F, Entrée)</translation>
    </message>
    <message>
        <source>Assign to me (A)</source>
        <translation>M&apos;attribuer (A)</translation>
    </message>
    <message>
        <source>Assign to… (Shift+A)</source>
        <translation>Attribuer à… (Maj+A)</translation>
    </message>
    <message>
        <source>State… (S)</source>
        <translation>État… (S)</translation>
    </message>
    <message>
        <source>Note… (N)</source>
        <translation>Note… (N)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>A&amp;pply for access…</source>
        <translation>Demander l&apos;a&amp;ccès…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Touches</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Vue enregistrée</translation>
    </message>
    <message>
        <source>Named sets of filters</source>
        <translation>Jeux de filtres nommés</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Save the current filters under a name (Ctrl+Shift+S)</source>
        <translation>Enregistrer les filtres actuels sous un nom (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Delete the chosen saved view of your own</source>
        <translation>Supprimer la vue enregistrée choisie, qui est la vôtre</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Filter by need</source>
        <translation>Filtrer par besoin</translation>
    </message>
    <message>
        <source>Filter by SLA</source>
        <translation>Filtrer par SLA</translation>
    </message>
    <message>
        <source>Open requests are due soon after 24 h and overdue after 72 h</source>
        <translation>Les demandes ouvertes sont bientôt dues après 24 h et en retard après 72 h</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrer par pays</translation>
    </message>
    <message>
        <source>ISO country code, e.g. DE; Enter to apply</source>
        <translation>Code pays ISO, p. ex. FR ; Entrée pour appliquer</translation>
    </message>
    <message>
        <source>Only requests assigned to me</source>
        <translation>Seulement les demandes qui me sont attribuées</translation>
    </message>
    <message>
        <source>Only requests with flags</source>
        <translation>Seulement les demandes signalées</translation>
    </message>
    <message>
        <source>Applications with missing or contradictory answers</source>
        <translation>Candidatures aux réponses manquantes ou contradictoires</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Chercher dans la file</translation>
    </message>
    <message>
        <source>Ctrl+F; Enter to apply</source>
        <translation>Ctrl+F ; Entrée pour appliquer</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <source>Assign to someone</source>
        <translation>Attribuer à quelqu&apos;un</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation>Recharger la file</translation>
    </message>
    <message>
        <source>F5 reloads the queue and polls the sites</source>
        <translation>F5 recharge la file et interroge les sites</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>File a request for a caller (Ctrl+N)</source>
        <translation>Déposer une demande pour un appelant (Ctrl+N)</translation>
    </message>
    <message>
        <source>Apply for access</source>
        <translation>Demander l&apos;accès</translation>
    </message>
    <message>
        <source>The start-up&apos;s application wizard (Ctrl+Shift+A)</source>
        <translation>L&apos;assistant de candidature des start-up (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Exporter la file</translation>
    </message>
    <message>
        <source>The queue as shown, as CSV or PDF (Ctrl+Shift+E)</source>
        <translation>La file telle qu&apos;affichée, en CSV ou PDF (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Keyboard keys of the inbox</source>
        <translation>Raccourcis clavier de la boîte de réception</translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>File de tri</translation>
    </message>
    <message>
        <source>Keys on the queue:</source>
        <translation>Touches dans la file :</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Inbox keys</source>
        <translation>Touches de la boîte de réception</translation>
    </message>
    <message>
        <source>move through the queue</source>
        <extracomment>The inbox&apos;s keys and what they do (translated by :func:`keys_help`).</extracomment>
        <translation>parcourir la file</translation>
    </message>
    <message>
        <source>assign the request to me</source>
        <translation>m&apos;attribuer la demande</translation>
    </message>
    <message>
        <source>assign the request to someone…</source>
        <translation>attribuer la demande à quelqu&apos;un…</translation>
    </message>
    <message>
        <source>change the state (menu of the allowed ones)</source>
        <translation>changer l&apos;état (menu des états permis)</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>ajouter une note</translation>
    </message>
    <message>
        <source>go to the routing suggestions; Enter there accepts one, Escape goes back to the queue</source>
        <translation>aller aux suggestions d&apos;orientation ; Entrée y en accepte une, Échap revient à la file</translation>
    </message>
    <message>
        <source>search</source>
        <translation>rechercher</translation>
    </message>
    <message>
        <source>reload the queue (and poll the sites)</source>
        <translation>recharger la file (et interroger les sites)</translation>
    </message>
    <message>
        <source>new request (staff taking a call)</source>
        <translation>nouvelle demande (personnel prenant un appel)</translation>
    </message>
    <message>
        <source>apply for access (wizard)</source>
        <translation>demander un accès (assistant)</translation>
    </message>
    <message>
        <source>export the queue as shown (CSV or PDF)</source>
        <translation>exporter la file telle qu&apos;affichée (CSV ou PDF)</translation>
    </message>
    <message>
        <source>save the filters as a view</source>
        <translation>enregistrer les filtres comme vue</translation>
    </message>
    <message>
        <source>choose a saved view</source>
        <translation>choisir une vue enregistrée</translation>
    </message>
    <message>
        <source>go to the suggestions / the history</source>
        <translation>aller aux suggestions / à l&apos;historique</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Vue « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 demandes</translation>
    </message>
    <message>
        <source>%1 of %2 requests shown</source>
        <translation>%1 demandes affichées sur %2</translation>
    </message>
    <message>
        <source> · ✖ %1 overdue · ⚑ %2 flagged</source>
        <translation> · ✖ %1 en retard · ⚑ %2 signalées</translation>
    </message>
    <message>
        <source> · %1 new since the last reload</source>
        <translation> · %1 nouvelle(s) depuis le dernier rechargement</translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation> · mise à jour %1</translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation>Problème : </translation>
    </message>
    <message>
        <source>Note on #%1 %2:</source>
        <translation>Note sur n° %1 %2 :</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Assign #%1 to:</source>
        <translation>Attribuer n° %1 à :</translation>
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
        <translation>%1 demandes ; filtres : %2 ; exporté le %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>JobWizard</name>
    <message>
        <source>New job</source>
        <translation>Nouveau job</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>an unnamed job</source>
        <translation>un job sans nom</translation>
    </message>
    <message>
        <source> for %1 · %2</source>
        <translation> pour %1 · %2</translation>
    </message>
    <message>
        <source>Continue an unsent job?</source>
        <translation>Reprendre un job non envoyé ?</translation>
    </message>
    <message>
        <source>A job you were preparing was not submitted: %1%2, last edited %3.

Open it in the job wizard again?</source>
        <translation>Un job que vous prépariez n&apos;a pas été soumis : %1%2, modifié pour la dernière fois %3.

Le rouvrir dans l&apos;assistant de job ?</translation>
    </message>
</context>
<context>
    <name>LazyView</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Availability</source>
        <extracomment>the History tab&apos;s first picture, read before the tab is first shown
----------
Titles of the tabs that features add (translated by ``add_view`` in this context).</extracomment>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Find capacity</source>
        <translation>Trouver de la capacité</translation>
    </message>
    <message>
        <source>My jobs</source>
        <extracomment>Read the demo&apos;s tokens again at most this often when one nears its end.</extracomment>
        <translation>Mes jobs</translation>
    </message>
    <message>
        <source>Submitting “%1” to %2 again…</source>
        <extracomment>The wizard opened last (others may still be open: each is its own job). Submission ids of the resubmits started from My jobs (their outcome is told here; a wizard tells its own).</extracomment>
        <translation>Nouvelle soumission de « %1 » à %2…</translation>
    </message>
    <message>
        <source>Job %1 “%2” submitted to %3.</source>
        <translation>Job %1 « %2 » soumis à %3.</translation>
    </message>
    <message>
        <source>Resubmit to %1 failed: %2</source>
        <translation>Échec de la nouvelle soumission à %1 : %2</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Poll every site now (F5)</source>
        <translation>Interroger tous les sites maintenant (F5)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Connect a site…</source>
        <translation>&amp;Connecter un site…</translation>
    </message>
    <message>
        <source>Sites &amp;&amp; c&amp;redentials…</source>
        <translation>Sites &amp;&amp; &amp;identifiants…</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Nouveau job…</translation>
    </message>
    <message>
        <source>Prepare and submit a job to a site</source>
        <translation>Préparer et soumettre un job à un site</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>A PDF, CSV, XLSX or HTML report: capacity, one factory, history, the support-centre directory or the triage queue</source>
        <translation>Un rapport PDF, CSV, XLSX ou HTML : capacité, une factory, historique, l&apos;annuaire des centres de support ou la file de tri</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Find any action or view by typing (Ctrl+K)</source>
        <translation>Trouver toute action ou vue en tapant (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Switch &amp;theme</source>
        <translation>Changer de &amp;thème</translation>
    </message>
    <message>
        <source>Switch between the light and the dark theme</source>
        <translation>Basculer entre le thème clair et le thème sombre</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>démo — charge simulée</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Afficher la vue %1</translation>
    </message>
    <message>
        <source>Sites ok: %1 / %2</source>
        <translation>Sites ok : %1 / %2</translation>
    </message>
    <message>
        <source>GPUs free: %1 / %2</source>
        <translation>GPU libres : %1 / %2</translation>
    </message>
    <message>
        <source>Last refresh: %1 ago</source>
        <translation>Dernière actualisation : il y a %1</translation>
    </message>
    <message>
        <source>Offline — data from %1 ago</source>
        <translation>Hors ligne — données d&apos;il y a %1</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>The desktop client for Europe&apos;s federated AI Factories.</source>
        <translation>Le client de bureau des AI Factories fédérées d&apos;Europe.</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>None: as Preferences › Start the demo federation says None: as Preferences › Poll interval says this run only (screenshots); else the preference this run only (screenshots); else the preference</extracomment>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>This preference takes effect at the next start.</source>
        <translation>Cette préférence prendra effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Starting the demo federation…</source>
        <translation>Démarrage de la fédération de démo…</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map of the AI Factories</source>
        <extracomment>Pixels around a marker&apos;s edge that still count as &quot;on&quot; it for hover and click.</extracomment>
        <translation>Carte des AI Factories</translation>
    </message>
    <message>
        <source>Factories as circles sized by their GPUs and filled by the share free; the list “Factories on the map” beside it names each marker.</source>
        <translation>Les factories sont des cercles dont la taille suit leurs GPU et le remplissage la part libre ; la liste « Factories sur la carte » à côté nomme chaque marqueur.</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <source>All GPU types</source>
        <translation>Tous les types de GPU</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Toutes les vagues</translation>
    </message>
    <message>
        <source>At least this many GPUs free</source>
        <translation>Au moins autant de GPU libres</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source> GPUs free</source>
        <translation> GPU libres</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every marker (0 or Home)</source>
        <translation>Afficher tous les marqueurs (0 ou Début)</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the map as a PNG image</source>
        <translation>Exporter la carte en image PNG</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the map as an SVG drawing</source>
        <translation>Exporter la carte en dessin SVG</translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>Hors de la carte</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Vague %1</translation>
    </message>
    <message>
        <source>Not on the map (%1)</source>
        <translation>Hors de la carte (%1)</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Share of GPUs free (live)</source>
        <extracomment>The colour-blind-safe sequential scale for &quot;share of GPUs free&quot; (0 → dark, 1 → yellow).</extracomment>
        <translation>Part des GPU libres (en direct)</translation>
    </message>
    <message>
        <source>no live data</source>
        <translation>pas de données en direct</translation>
    </message>
    <message>
        <source>Size: GPUs (100 · 1 000 · 10 000)</source>
        <translation>Taille : GPU (100 · 1 000 · 10 000)</translation>
    </message>
    <message>
        <source>antenna — link to its factory</source>
        <translation>antenne — lien vers sa factory</translation>
    </message>
    <message>
        <source>link not confirmed</source>
        <translation>lien non confirmé</translation>
    </message>
</context>
<context>
    <name>MapMarkers</name>
    <message>
        <source>%1 — AI Factory Antenna</source>
        <translation>%1 — antenne AI Factory</translation>
    </message>
    <message>
        <source>%1 — no data</source>
        <translation>%1 — aucune donnée</translation>
    </message>
    <message>
        <source>%1 of %2 GPUs free</source>
        <translation>%1 GPU libres sur %2</translation>
    </message>
</context>
<context>
    <name>MapModel</name>
    <message>
        <source>approximate position</source>
        <extracomment>…and it must be at least this many GPUs, so tiny sites do not flash all the time.</extracomment>
        <translation>position approximative</translation>
    </message>
    <message>
        <source>surveyed position</source>
        <translation>position relevée</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>fiabilité %1</translation>
    </message>
    <message>
        <source>; source: %1</source>
        <translation> ; source : %1</translation>
    </message>
    <message>
        <source>no coordinates in the registry</source>
        <extracomment>gres type → GPU model &quot;factory&quot; or &quot;antenna&quot; antennas: the factories they link to Slurm GRES types, upper case (A100, GH200…) marker size basis: live total, else nominal a GRES type as in ``MapPoint.gpu_types`` &quot;&quot;, or a Health value, e.g. &quot;ok&quot;, &quot;planned machine&quot;</extracomment>
        <translation>aucune coordonnée dans le registre</translation>
    </message>
    <message>
        <source>AI Factory Antenna, %1 (name not published)</source>
        <translation>Antenne d&apos;AI Factory, %1 (nom non publié)</translation>
    </message>
    <message>
        <source>%1 antenna</source>
        <translation>antenne %1</translation>
    </message>
    <message>
        <source>the linked factory has no position on the map</source>
        <translation>la factory liée n&apos;a pas de position sur la carte</translation>
    </message>
    <message>
        <source>links to an unknown factory “%1”</source>
        <translation>renvoie à une factory inconnue « %1 »</translation>
    </message>
    <message>
        <source>its AI Factory has no position on the map</source>
        <translation>son AI Factory n&apos;a pas de position sur la carte</translation>
    </message>
    <message>
        <source>not linked to any AI Factory</source>
        <translation>liée à aucune AI Factory</translation>
    </message>
    <message>
        <source> (its live data is in the overview)</source>
        <translation> (ses données en direct sont dans la vue d&apos;ensemble)</translation>
    </message>
    <message>
        <source> (status: %1)</source>
        <translation> (statut : %1)</translation>
    </message>
    <message>
        <source>no machine listed for this factory</source>
        <translation>aucune machine répertoriée pour cette factory</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>no live endpoint known for this machine</source>
        <translation>aucun point d&apos;accès en direct connu pour cette machine</translation>
    </message>
    <message>
        <source>no recorded data at this time</source>
        <translation>aucune donnée enregistrée à ce moment</translation>
    </message>
    <message>
        <source>replayed from history</source>
        <translation>rejoué depuis l&apos;historique</translation>
    </message>
</context>
<context>
    <name>MapTooltip</name>
    <message>
        <source>Host: %1</source>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>AI Factory Antenna</source>
        <translation>Antenne AI Factory</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>Liée à : %1</translation>
    </message>
    <message>
        <source>unknown factory</source>
        <translation>factory inconnue</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>no machine listed</source>
        <translation>aucune machine indiquée</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Machine : %1</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Vague %1</translation>
    </message>
    <message>
        <source>Position: %1, %2 — %3</source>
        <translation>Position : %1, %2 — %3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>replayed %1</source>
        <translation>relecture %1</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>démo — charge simulée</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>(%1 % free)</source>
        <translation>(%1 % libres)</translation>
    </message>
    <message>
        <source>GPUs free: %1 / %2</source>
        <translation>GPU libres : %1 / %2</translation>
    </message>
    <message>
        <source>GPUs: machine not in service yet</source>
        <translation>GPU : machine pas encore en service</translation>
    </message>
    <message>
        <source>(planned ≈ %1)</source>
        <translation>(prévu ≈ %1)</translation>
    </message>
    <message>
        <source>GPUs: no live data</source>
        <translation>GPU : pas de données en direct</translation>
    </message>
    <message>
        <source>Queue: %1 jobs waiting, %2 GPUs asked</source>
        <translation>File : %1 jobs en attente, %2 GPU demandées</translation>
    </message>
    <message>
        <source>Data age: %1</source>
        <translation>Âge des données : %1</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Not on the map</source>
        <translation>Hors de la carte</translation>
    </message>
    <message>
        <source>Factories on the map</source>
        <translation>Factories sur la carte</translation>
    </message>
    <message>
        <source>Each marker of the map with its status and GPUs free; choosing one selects it, Enter opens its details.</source>
        <translation>Chaque marqueur de la carte avec son statut et ses GPU libres ; en choisir un le sélectionne, Entrée ouvre ses détails.</translation>
    </message>
    <message>
        <source>The basemap could not be loaded; markers only.</source>
        <translation>Le fond de carte n&apos;a pas pu être chargé ; marqueurs seulement.</translation>
    </message>
    <message>
        <source>replay — %1</source>
        <translation>relecture — %1</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>démo — charge simulée</translation>
    </message>
    <message>
        <source>no history recorded</source>
        <translation>aucun historique enregistré</translation>
    </message>
    <message>
        <source>loading history…</source>
        <translation>chargement de l&apos;historique…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n échantillon</numerusform>
            <numerusform>%n échantillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
</context>
<context>
    <name>MyJobsModel</name>
    <message>
        <source>reason: %1</source>
        <translation>motif : %1</translation>
    </message>
    <message>
        <source>no longer listed by the site (last state seen)</source>
        <translation>n&apos;est plus listé par le site (dernier état vu)</translation>
    </message>
    <message>
        <source>site said: %1</source>
        <translation>le site a signalé : %1</translation>
    </message>
    <message>
        <source>submission %1</source>
        <translation>soumission %1</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (estimation)</translation>
    </message>
    <message>
        <source>the scheduler&apos;s start estimate</source>
        <translation>démarrage estimé par l&apos;ordonnanceur</translation>
    </message>
</context>
<context>
    <name>MyJobsView</name>
    <message>
        <source>Filter by site, name, state…</source>
        <extracomment>The last notification (title, text), for tests and the status bar.</extracomment>
        <translation>Filtrer par site, nom, état…</translation>
    </message>
    <message>
        <source>Filter my jobs</source>
        <translation>Filtrer mes jobs</translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation>&amp;Annuler le job…</translation>
    </message>
    <message>
        <source>C&amp;lone into wizard…</source>
        <translation>C&amp;loner dans l&apos;assistant…</translation>
    </message>
    <message>
        <source>&amp;Resubmit…</source>
        <translation>&amp;Resoumettre…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annuler le job</translation>
    </message>
    <message>
        <source>Cancel the selected job at its site, after a confirmation (Delete)</source>
        <translation>Annuler le job choisi sur son site, après confirmation (Suppr)</translation>
    </message>
    <message>
        <source>Clone into wizard</source>
        <translation>Cloner dans l&apos;assistant</translation>
    </message>
    <message>
        <source>Open the job wizard with the selected job&apos;s request, to change it</source>
        <translation>Ouvrir l&apos;assistant de job avec la requête du job choisi, pour la modifier</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Resoumettre</translation>
    </message>
    <message>
        <source>Submit the selected finished job again as it was, as a new job</source>
        <translation>Soumettre de nouveau le job terminé choisi, tel quel, comme nouveau job</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the state of every unfinished job now</source>
        <translation>Lire maintenant l&apos;état de chaque job non terminé</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>Mes jobs</translation>
    </message>
    <message>
        <source>No jobs of yours at the connected sites yet. File › New job… (Ctrl+J) submits one.</source>
        <translation>Aucun job à vous sur les sites connectés pour l&apos;instant. Fichier › Nouveau job… (Ctrl+J) en soumet un.</translation>
    </message>
    <message>
        <source>%1 job(s)</source>
        <translation>%1 job(s)</translation>
    </message>
    <message>
        <source>job %1 · %2</source>
        <translation>job %1 · %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>Site said: %1</source>
        <translation>Le site a répondu : %1</translation>
    </message>
    <message>
        <source>Submission aifd:%1</source>
        <translation>Soumission aifd:%1</translation>
    </message>
    <message>
        <source>No longer listed by the site: this is the last state seen.</source>
        <translation>Le site ne le liste plus : c&apos;est le dernier état vu.</translation>
    </message>
    <message>
        <source>Cancel the job?</source>
        <translation>Annuler le job ?</translation>
    </message>
    <message>
        <source>Cancel job %1 “%2” on %3? Slurm stops it at once; this cannot be undone.</source>
        <translation>Annuler le job %1 « %2 » sur %3 ? Slurm l&apos;arrête aussitôt ; c&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Clone a job</source>
        <translation>Cloner un job</translation>
    </message>
    <message>
        <source>This job was not submitted from this desk, so its script is not known; the wizard opens with its resources and an empty script.</source>
        <translation>Ce job n&apos;a pas été soumis depuis ce desk, son script est donc inconnu ; l&apos;assistant s&apos;ouvre avec ses ressources et un script vide.</translation>
    </message>
    <message>
        <source>Resubmit the job?</source>
        <translation>Resoumettre le job ?</translation>
    </message>
    <message>
        <source>Submit “%1” to %2 again, exactly as before, as a new job?</source>
        <translation>Soumettre de nouveau « %1 » à %2, exactement comme avant, comme nouveau job ?</translation>
    </message>
    <message>
        <source>Cancel of job %1 accepted by %2.</source>
        <translation>Annulation du job %1 acceptée par %2.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>Pharma and biotech</source>
        <extracomment>Sectors the directory has no label of its own for.</extracomment>
        <translation>Pharmacie et biotechnologies</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>New request</source>
        <extracomment>The access modes&apos; own names (proper names of the EuroHPC programme, not translated).</extracomment>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>DE</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>h100 (optional)</source>
        <translation>h100 (facultatif)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <source>e-mail or phone of the caller</source>
        <translation>e-mail ou téléphone de l&apos;appelant</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>&amp;Pays (code ISO)</translation>
    </message>
    <message>
        <source>Two letters, for example DE or FR</source>
        <translation>Deux lettres, par exemple DE ou FR</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Besoin</translation>
    </message>
    <message>
        <source>compute, support, training or legal</source>
        <translation>calcul, support, formation ou juridique</translation>
    </message>
    <message>
        <source>&amp;GPU type</source>
        <translation>&amp;Type de GPU</translation>
    </message>
    <message>
        <source>GPU type asked for, if any</source>
        <translation>Type de GPU demandé, le cas échéant</translation>
    </message>
    <message>
        <source>GPU-&amp;hours</source>
        <translation>&amp;Heures GPU</translation>
    </message>
    <message>
        <source>&amp;Access mode</source>
        <translation>Mode d&apos;&amp;accès</translation>
    </message>
    <message>
        <source>&amp;Language (ISO code)</source>
        <translation>&amp;Langue (code ISO)</translation>
    </message>
    <message>
        <source>Language the caller wants to be answered in, e.g. de</source>
        <translation>Langue dans laquelle l&apos;appelant souhaite une réponse, p. ex. fr</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>What the caller needs, in their words</source>
        <translation>Ce dont l&apos;appelant a besoin, avec ses mots</translation>
    </message>
    <message>
        <source>&amp;File request</source>
        <translation>&amp;Déposer la demande</translation>
    </message>
    <message>
        <source>The Hub refused the request: %1</source>
        <translation>Le Hub a refusé la demande : %1</translation>
    </message>
    <message>
        <source>Sending to the Hub…</source>
        <translation>Envoi au Hub…</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Veuillez remplir : %1</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>CPU only</source>
        <extracomment>Bytes in the GPU memory units the person may choose (Preferences › GPU memory unit).</extracomment>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <source>no GPUs in this partition</source>
        <translation>aucun GPU dans cette partition</translation>
    </message>
    <message>
        <source>no machine listed for this factory</source>
        <translation>aucune machine indiquée pour cette factory</translation>
    </message>
    <message>
        <source>machine status: %1</source>
        <translation>statut de la machine : %1</translation>
    </message>
    <message>
        <source>no live endpoint known for this machine</source>
        <translation>aucun point d&apos;accès en direct connu pour cette machine</translation>
    </message>
    <message>
        <source>cached data from an earlier run</source>
        <translation>données en cache d&apos;une session précédente</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>démo — charge simulée</translation>
    </message>
    <message>
        <source>no data received yet</source>
        <translation>aucune donnée reçue pour l&apos;instant</translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation>données du %1</translation>
    </message>
    <message>
        <source>(cached from an earlier run)</source>
        <translation>(en cache d&apos;une session précédente)</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Filter factories, machines, GPU models… (Ctrl+F)</source>
        <translation>Filtrer factories, machines, modèles de GPU… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the overview</source>
        <translation>Filtrer la vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Federation overview</source>
        <translation>Vue d&apos;ensemble de la fédération</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The view open when the desk was closed</source>
        <extracomment>The translation context of every label and choice below. Bumped when a stored preference changes meaning; ``migrate()`` upgrades older files. Kept outside the data directory (the data directory itself is one).</extracomment>
        <translation>La vue ouverte à la fermeture du desk</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Find capacity</source>
        <translation>Trouver de la capacité</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>Mes jobs</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; “System” follows the operating system&apos;s colour scheme.</source>
        <translation>Clair, sombre ou contraste élevé ; « Système » suit le jeu de couleurs du système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the desk; “System” follows the operating system. Takes effect at the next start.</source>
        <translation>La langue du desk ; « Système » suit le système d&apos;exploitation. Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>GPU memory unit</source>
        <translation>Unité de mémoire GPU</translation>
    </message>
    <message>
        <source>GPU memory in gigabytes (10⁹ bytes, as vendors state it) or gibibytes (2³⁰ bytes).</source>
        <translation>Mémoire GPU en gigaoctets (10⁹ octets, comme l&apos;indiquent les fabricants) ou en gibioctets (2³⁰ octets).</translation>
    </message>
    <message>
        <source>GB (decimal)</source>
        <translation>GB (décimal)</translation>
    </message>
    <message>
        <source>GiB (binary)</source>
        <translation>GiB (binaire)</translation>
    </message>
    <message>
        <source>View at start</source>
        <translation>Vue au démarrage</translation>
    </message>
    <message>
        <source>The view shown when the desk starts.</source>
        <translation>La vue affichée au démarrage du desk.</translation>
    </message>
    <message>
        <source>Start the demo federation</source>
        <translation>Lancer la fédération de démo</translation>
    </message>
    <message>
        <source>Without a Hub address, start the embedded demo federation (simulated load); otherwise show the last data seen. Takes effect at the next start.</source>
        <translation>Sans adresse de Hub, lancer la fédération de démo intégrée (charge simulée) ; sinon afficher les dernières données vues. Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Intervalle d&apos;interrogation</translation>
    </message>
    <message>
        <source>How often every site is asked for its state.</source>
        <translation>La fréquence à laquelle chaque site est interrogé sur son état.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Répertoire des données</translation>
    </message>
    <message>
        <source>Where the desk keeps history, notes and settings; empty means the system default. Takes effect at the next start.</source>
        <translation>Où le desk garde l&apos;historique, les notes et les réglages ; vide signifie l&apos;emplacement par défaut du système. Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Notify when a job changes state</source>
        <translation>Me notifier quand un job change d&apos;état</translation>
    </message>
    <message>
        <source>A desktop notification when one of my jobs starts, ends or fails.</source>
        <translation>Une notification de bureau quand l&apos;un de mes jobs démarre, se termine ou échoue.</translation>
    </message>
    <message>
        <source>Remind me before a site token expires</source>
        <translation>Me rappeler l&apos;expiration d&apos;un jeton de site</translation>
    </message>
    <message>
        <source>A reminder in the status bar before a stored token expires.</source>
        <translation>Un rappel dans la barre d&apos;état avant l&apos;expiration d&apos;un jeton enregistré.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> (after restart)</source>
        <translation> (après redémarrage)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>Choisir : %1</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Répertoire des données</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>Show live data</source>
        <translation>Afficher les données en direct</translation>
    </message>
    <message>
        <source>Replay the last 24 hours</source>
        <translation>Rejouer les dernières 24 heures</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>Replay 24 h:</source>
        <translation>Rejouer 24 h :</translation>
    </message>
    <message>
        <source>replay: %1</source>
        <translation>relecture : %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Date</source>
        <extracomment>At most this many points per line in a chart.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Factory</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Min free</source>
        <translation>Min. libres</translation>
    </message>
    <message>
        <source>Mean free</source>
        <translation>Moy. libres</translation>
    </message>
    <message>
        <source>Max free</source>
        <translation>Max. libres</translation>
    </message>
    <message>
        <source>Total GPUs</source>
        <translation>GPU au total</translation>
    </message>
    <message>
        <source>Mean free share</source>
        <translation>Part libre moyenne</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Daily availability</source>
        <translation>Disponibilité quotidienne</translation>
    </message>
    <message>
        <source>Per UTC day: free GPUs over the samples the desk recorded that day.</source>
        <translation>Par jour UTC : GPU libres sur les échantillons enregistrés par le desk ce jour-là.</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>ID du site</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Hourly availability</source>
        <translation>Disponibilité horaire</translation>
    </message>
    <message>
        <source>Per UTC hour and machine (in the CSV and XLSX exports only).</source>
        <translation>Par heure UTC et par machine (uniquement dans les exports CSV et XLSX).</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Free GPUs</source>
        <translation>GPU libres</translation>
    </message>
    <message>
        <source>Each point averages the samples of up to %1.</source>
        <translation>Chaque point fait la moyenne des échantillons sur %1 au plus.</translation>
    </message>
    <message>
        <source>building the report</source>
        <extracomment>Shares of the progress bar: building the report, drawing charts, writing the file.</extracomment>
        <translation>création du rapport</translation>
    </message>
    <message>
        <source>drawing charts</source>
        <translation>dessin des graphiques</translation>
    </message>
    <message>
        <source>the chart “%1” could not be drawn: %2</source>
        <translation>le graphique « %1 » n&apos;a pas pu être dessiné : %2</translation>
    </message>
    <message>
        <source>writing the file</source>
        <translation>écriture du fichier</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>the report could not be written: %1</source>
        <translation>le rapport n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>PDF document (charts, cover page, page numbers)</source>
        <translation>Document PDF (graphiques, page de garde, numéros de page)</translation>
    </message>
    <message>
        <source>CSV table (the main table, UTF-8)</source>
        <translation>Tableau CSV (le tableau principal, UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (one sheet per table)</source>
        <translation>Classeur Excel (une feuille par tableau)</translation>
    </message>
    <message>
        <source>HTML page (tables and charts)</source>
        <translation>Page HTML (tableaux et graphiques)</translation>
    </message>
    <message>
        <source>Demo — simulated load: these numbers are not from real machines.</source>
        <translation>Démo — charge simulée : ces chiffres ne viennent pas de machines réelles.</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>aucune ligne</translation>
    </message>
    <message>
        <source>The table “%1” (rows: %2) is in the CSV and XLSX exports of this report.</source>
        <translation>Le tableau « %1 » (lignes : %2) figure dans les exports CSV et XLSX de ce rapport.</translation>
    </message>
    <message>
        <source>composing the page</source>
        <translation>composition de la page</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisées</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponibles</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 libres sur %2</translation>
    </message>
    <message>
        <source>Share of the machine&apos;s GPUs</source>
        <translation>Part des GPU de la machine</translation>
    </message>
    <message>
        <source>Each bar is one machine&apos;s GPUs: in use, free (idle, in service) and unavailable (down or drained).</source>
        <translation>Chaque barre représente les GPU d&apos;une machine : utilisées, libres (inactives, en service) et indisponibles (en panne ou drainées).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Machines with numbers</source>
        <translation>Machines avec chiffres</translation>
    </message>
    <message>
        <source>; %1 answered the last poll</source>
        <translation>; %1 ont répondu à la dernière interrogation</translation>
    </message>
    <message>
        <source>%1 of %2 machines have numbers%3. %4 of %5 GPUs are free%6.</source>
        <translation>%1 machines sur %2 ont des chiffres%3. %4 GPU sur %5 sont libres%6.</translation>
    </message>
    <message>
        <source>Every number carries the time it was read: the newest is %1 old, the oldest %2.</source>
        <translation>Chaque chiffre porte l&apos;heure de sa lecture : le plus récent date de %1, le plus ancien de %2.</translation>
    </message>
    <message>
        <source>Machines showing the last data seen before going offline: %1.</source>
        <translation>Machines affichant les dernières données reçues avant le passage hors ligne : %1.</translation>
    </message>
    <message>
        <source>Machines of the registry that are not polled (planned, being installed, or no live endpoint known) and are listed without numbers: %1.</source>
        <translation>Machines du registre non interrogées (prévues, en cours d&apos;installation ou sans point d&apos;accès connu) et listées sans chiffres : %1.</translation>
    </message>
    <message>
        <source>Demo — simulated load: these numbers come from the embedded demo federation, not from the real machines.</source>
        <translation>Démo — charge simulée : ces chiffres viennent de la fédération de démo intégrée, pas des machines réelles.</translation>
    </message>
    <message>
        <source>Federation capacity</source>
        <translation>Capacité de la fédération</translation>
    </message>
    <message>
        <source>Free and total GPUs of every factory&apos;s machines, with the age of every number</source>
        <translation>GPU libres et totales des machines de chaque factory, avec l&apos;âge de chaque chiffre</translation>
    </message>
    <message>
        <source>collecting machines</source>
        <translation>collecte des machines</translation>
    </message>
    <message>
        <source>GPUs per machine</source>
        <translation>GPU par machine</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>collecting partitions</source>
        <translation>collecte des partitions</translation>
    </message>
    <message>
        <source>EuroHPC AI Factories — free and total GPUs per machine</source>
        <translation>EuroHPC AI Factories — GPU libres et totales par machine</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Days of history in a factory report.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Linked factories</source>
        <translation>Factories liées</translation>
    </message>
    <message>
        <source>Unverified fields</source>
        <translation>Champs non vérifiés</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <source>Support centres</source>
        <translation>Centres de support</translation>
    </message>
    <message>
        <source>The one-stop-shop support centres with their services, languages and contacts</source>
        <translation>Les centres de support des guichets uniques, avec leurs services, langues et contacts</translation>
    </message>
    <message>
        <source>reading the support centres</source>
        <translation>lecture des centres de support</translation>
    </message>
    <message>
        <source>the copy bundled with the desk</source>
        <translation>la copie fournie avec le desk</translation>
    </message>
    <message>
        <source>the Hub at %1</source>
        <translation>le Hub à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>%1 support centres, from %2.</source>
        <translation>%1 centres de support, d&apos;après %2.</translation>
    </message>
    <message>
        <source>laying out</source>
        <translation>mise en page</translation>
    </message>
    <message>
        <source>Support centres of the AI Factories</source>
        <translation>Centres de support des AI Factories</translation>
    </message>
    <message>
        <source>Selected on</source>
        <translation>Sélectionnée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Experimental platform</source>
        <translation>Plateforme expérimentale</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Selection wave</source>
        <translation>Vague de sélection</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>About the factory</source>
        <translation>À propos de la factory</translation>
    </message>
    <message>
        <source>One factory</source>
        <translation>Une factory</translation>
    </message>
    <message>
        <source>One AI Factory: facts with sources, machines, partitions, last 7 days</source>
        <translation>Une AI Factory : faits avec sources, machines, partitions, 7 derniers jours</translation>
    </message>
    <message>
        <source>choose a factory for this report (--factory ID)</source>
        <translation>choisissez une factory pour ce rapport (--factory ID)</translation>
    </message>
    <message>
        <source>unknown factory %1</source>
        <translation>factory inconnue %1</translation>
    </message>
    <message>
        <source>; known: %1</source>
        <translation>; connues : %1</translation>
    </message>
    <message>
        <source>Machines of %1</source>
        <translation>Machines de %1</translation>
    </message>
    <message>
        <source>GPUs per machine of %1</source>
        <translation>GPU par machine de %1</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>lecture de l&apos;historique</translation>
    </message>
    <message>
        <source>Free GPUs, last %1 days</source>
        <translation>GPU libres, %1 derniers jours</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <source>%1 — AI Factory report</source>
        <translation>%1 — rapport d&apos;AI Factory</translation>
    </message>
    <message>
        <source>Availability history</source>
        <translation>Historique de disponibilité</translation>
    </message>
    <message>
        <source>Free GPUs per machine over a range of days, from the history on disk</source>
        <translation>GPU libres par machine sur une période de jours, d&apos;après l&apos;historique sur disque</translation>
    </message>
    <message>
        <source>the range starts (%1) after it ends (%2)</source>
        <translation>la période commence (%1) après sa fin (%2)</translation>
    </message>
    <message>
        <source>summarising</source>
        <translation>synthèse en cours</translation>
    </message>
    <message>
        <source>Free GPUs per machine</source>
        <translation>GPU libres par machine</translation>
    </message>
    <message>
        <source>hourly table</source>
        <translation>tableau horaire</translation>
    </message>
    <message>
        <source>Samples recorded by this desk between %2 and %3 (UTC): %1, from machines: %4.</source>
        <translation>Échantillons enregistrés par ce desk entre le %2 et le %3 (UTC) : %1, machines : %4.</translation>
    </message>
    <message>
        <source>This desk recorded no samples between %2 and %3 (UTC). History is recorded while the desk runs.</source>
        <translation>Ce desk n&apos;a enregistré aucun échantillon entre le %2 et le %3 (UTC). L&apos;historique est enregistré tant que le desk tourne.</translation>
    </message>
    <message>
        <source>No history database was available for this report.</source>
        <translation>Aucune base d&apos;historique n&apos;était disponible pour ce rapport.</translation>
    </message>
    <message>
        <source>Free GPUs per machine, %1 to %2 (UTC)</source>
        <translation>GPU libres par machine, du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Directory extract</source>
        <translation>Extrait de l&apos;annuaire</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures GPU</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Support centre</source>
        <translation>Centre de support</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>File de tri</translation>
    </message>
    <message>
        <source>The single point of contact&apos;s requests with their state, assignee and routing (needs the Hub)</source>
        <translation>Les demandes du point de contact unique avec leur état, leur responsable et leur orientation (nécessite le Hub)</translation>
    </message>
    <message>
        <source>the triage queue lives on the Hub, and the desk is not connected to one (offline)</source>
        <translation>la file de tri se trouve sur le Hub, et le desk n&apos;est connecté à aucun (hors ligne)</translation>
    </message>
    <message>
        <source>reading the triage queue</source>
        <translation>lecture de la file de tri</translation>
    </message>
    <message>
        <source>the Hub&apos;s triage queue could not be read: %1</source>
        <translation>la file de tri du Hub n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>%1 requests on the Hub at %2, %3 of them open.</source>
        <translation>%1 demandes sur le Hub à l&apos;adresse %2, dont %3 ouvertes.</translation>
    </message>
    <message>
        <source>The single point of contact&apos;s queue</source>
        <translation>La file du point de contact unique</translation>
    </message>
    <message>
        <source>the %1 report is not available: %2</source>
        <extracomment>Stable id, used on the command line (``--kind``) and in settings. The kind reads ``ReportParams.factory_id`` / ``date_from`` and ``date_to``. Kinds whose data arrives with a later feature: id → (title, why it is not available). The order of the list (others follow in registration order).</extracomment>
        <translation>le rapport %1 n&apos;est pas disponible : %2</translation>
    </message>
    <message>
        <source>unknown report kind %1; choose one of %2</source>
        <translation>type de rapport inconnu %1 ; choisissez parmi %2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;export a été annulé</translation>
    </message>
    <message>
        <source>the report has no table</source>
        <extracomment>``progress(fraction 0..1, what is happening)``; called from the worker thread. Relative width in the PDF and HTML (1 = average). Shown in the PDF and HTML; spreadsheets always get every column. A shorter title for the narrow columns of a printed page (&quot;&quot; = the title). Shown in the PDF and HTML (a long table may live in spreadsheets only). Bars: each bar shows shares of its own total (0–100 %). Bars: a label written after each bar (e.g. &quot;2 900 free of 23 752&quot;). The section lists where facts come from (printed last, as an appendix). The table a single-table format (CSV) writes. History reports: the age that matters is that of the newest sample. The few numbers that matter most, for the cover: ``(label, text)``.</extracomment>
        <translation>le rapport n&apos;a aucun tableau</translation>
    </message>
    <message>
        <source>no data</source>
        <extracomment>Groups thousands in numbers for people (&quot;23 752&quot;) without letting a line break there.</extracomment>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Âge des données</translation>
    </message>
    <message>
        <source>no numbers in this report</source>
        <translation>aucun chiffre dans ce rapport</translation>
    </message>
    <message>
        <source>newest sample %1 old</source>
        <translation>échantillon le plus récent vieux de %1</translation>
    </message>
    <message>
        <source>oldest number %1 old</source>
        <translation>chiffre le plus ancien vieux de %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données du</translation>
    </message>
    <message>
        <source>Numbers from</source>
        <translation>Chiffres de</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>offline — from the last data seen</source>
        <translation>hors ligne — d&apos;après les dernières données reçues</translation>
    </message>
    <message>
        <source>online — read from the sites</source>
        <translation>en ligne — lu auprès des sites</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulé</translation>
    </message>
    <message>
        <source>demo — simulated load, not real machines</source>
        <translation>démo — charge simulée, pas de machines réelles</translation>
    </message>
    <message>
        <source>Registry as of</source>
        <translation>Registre du</translation>
    </message>
    <message>
        <source>No registry facts are used in this report.</source>
        <translation>Ce rapport n&apos;utilise aucun fait du registre.</translation>
    </message>
    <message>
        <source>%1 registry facts used: %2; %3 distinct sources, listed under “Sources and confidence”.</source>
        <translation>%1 faits du registre utilisés : %2 ; %3 sources distinctes, listées sous « Sources et fiabilité ».</translation>
    </message>
    <message>
        <source>Provenance</source>
        <extracomment>A section starts on the current page only if this much room is left.</extracomment>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Numbers from the sites are shown with the time they were read; reference facts carry their confidence and sources. Nothing unknown is filled in.</source>
        <translation>Les chiffres des sites sont indiqués avec l&apos;heure de leur lecture ; les faits de référence portent leur fiabilité et leurs sources. Rien d&apos;inconnu n&apos;est complété.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>demo — simulated load</source>
        <translation>démo — charge simulée</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>data up to %1 old</source>
        <translation>données vieilles de %1 au plus</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>laying out pages</source>
        <translation>mise en page</translation>
    </message>
    <message>
        <source>cannot write the PDF to %1</source>
        <translation>impossible d&apos;écrire le PDF dans %1</translation>
    </message>
    <message>
        <source>cannot add a page to %1</source>
        <translation>impossible d&apos;ajouter une page à %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>(share 0–1)</source>
        <translation>(part 0–1)</translation>
    </message>
    <message>
        <source>writing rows</source>
        <translation>écriture des lignes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Généré (UTC)</translation>
    </message>
    <message>
        <source>Oldest number (UTC)</source>
        <translation>Chiffre le plus ancien (UTC)</translation>
    </message>
    <message>
        <source>Newest number (UTC)</source>
        <translation>Chiffre le plus récent (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>feuille %1</translation>
    </message>
    <message>
        <source>saving the workbook</source>
        <translation>enregistrement du classeur</translation>
    </message>
    <message>
        <source>cached</source>
        <extracomment>A machine&apos;s status words besides a site&apos;s health (``SYSTEM_STATUSES`` of the registry).</extracomment>
        <translation>en cache</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>opérationnelle</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>en cours d&apos;installation</translation>
    </message>
    <message>
        <source>procurement</source>
        <translation>en cours d&apos;acquisition</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>no machine listed</source>
        <translation>aucune machine indiquée</translation>
    </message>
    <message>
        <source>not polled</source>
        <translation>non interrogée</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>Jobs en attente</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulé</translation>
    </message>
    <message>
        <source>Free = idle GPUs on nodes in service. Used (utilisation) = GPUs in use / GPUs in service. Queue = pending jobs. Data age = how old the numbers were when this report was made.</source>
        <translation>Libres = GPU inactives sur des nœuds en service. Utilisé (utilisation) = GPU utilisées / GPU en service. File = jobs en attente. Âge des données = ancienneté des chiffres lors de la création de ce rapport.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>Type de GPU</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Queued GPUs</source>
        <translation>GPU en attente</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>A node in several partitions counts in each of them; the machine totals count it once.</source>
        <translation>Un nœud présent dans plusieurs partitions compte dans chacune ; les totaux par machine le comptent une fois.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Registry facts used</source>
        <translation>Faits du registre utilisés</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisée pour</translation>
    </message>
    <message>
        <source>Sources and confidence</source>
        <translation>Sources et fiabilité</translation>
    </message>
    <message>
        <source>Reference facts come from the federation registry; each carries its confidence (confirmed: read in two sources; single source; unverified: not read anywhere) and the sources it was read in. What no source gives is left empty, never guessed.</source>
        <translation>Les faits de référence viennent du registre de la fédération ; chacun porte sa fiabilité (confirmé : lu dans deux sources ; source unique ; non vérifié : lu nulle part) et les sources où il a été lu. Ce qu&apos;aucune source ne donne reste vide, jamais deviné.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>source unique</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>the desk&apos;s cache (offline)</source>
        <extracomment>Where the numbers come from, for the cover (&quot;demo federation&quot;, a Hub URL, &quot;cache&quot;). The Hub the desk talks to (the triage queue lives there); ``None`` when offline.</extracomment>
        <translation>le cache du desk (hors ligne)</translation>
    </message>
    <message>
        <source>the embedded demo federation — simulated load</source>
        <translation>la fédération de démo intégrée — charge simulée</translation>
    </message>
    <message>
        <source>Hub at %1</source>
        <translation>Hub à %1</translation>
    </message>
    <message>
        <source>sites connected by hand</source>
        <translation>sites connectés à la main</translation>
    </message>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>impossible d&apos;écrire le rapport dans %1 : %2</translation>
    </message>
    <message>
        <source>%1: no file name</source>
        <translation>%1 : aucun nom de fichier</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>no permission to write in %1</source>
        <translation>pas d&apos;autorisation d&apos;écriture dans %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Indisponible : %1</translation>
    </message>
    <message>
        <source>Not available yet — %1</source>
        <translation>Pas encore disponible — %1</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Premier jour (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC)</source>
        <translation>Dernier jour (UTC)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Choisir où enregistrer le rapport</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Factory</translation>
    </message>
    <message>
        <source>Days (UTC)</source>
        <translation>Jours (UTC)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>No capacity data yet: a capacity report would show the registry without numbers.</source>
        <translation>Pas encore de données de capacité : un rapport de capacité montrerait le registre sans chiffres.</translation>
    </message>
    <message>
        <source>Offline — the report uses the last data seen (up to %1 old).</source>
        <translation>Hors ligne — le rapport utilise les dernières données vues (jusqu&apos;à %1).</translation>
    </message>
    <message>
        <source>The report uses the data on screen now (up to %1 old).</source>
        <translation>Le rapport utilise les données affichées maintenant (jusqu&apos;à %1).</translation>
    </message>
    <message>
        <source>choose a report and a file name</source>
        <translation>choisissez un rapport et un nom de fichier</translation>
    </message>
    <message>
        <source>the first day is after the last one</source>
        <translation>le premier jour est après le dernier</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>No data about this partition yet: the limits cannot be checked.</source>
        <translation>Pas encore de données sur cette partition : les limites ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>non limité</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;: %3 nodes</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; : %3 nœuds</translation>
    </message>
    <message>
        <source>GPUs per node: %1</source>
        <translation>GPU par nœud : %1</translation>
    </message>
    <message>
        <source>%1 CPUs per node</source>
        <translation>%1 CPU par nœud</translation>
    </message>
    <message>
        <source>memory per node up to %1 GB</source>
        <translation>mémoire par nœud jusqu&apos;à %1 Go</translation>
    </message>
    <message>
        <source>max time %1</source>
        <translation>durée max. %1</translation>
    </message>
    <message>
        <source>max nodes per job %1</source>
        <translation>nœuds max. par job %1</translation>
    </message>
    <message>
        <source>free now: %1</source>
        <translation>libres maintenant : %1</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Nodes, GPUs, CPUs, memory and wall time. Each value is checked against the partition&apos;s limits as you type.</source>
        <translation>Nœuds, GPU, CPU, mémoire et durée. Chaque valeur est vérifiée par rapport aux limites de la partition pendant la saisie.</translation>
    </message>
    <message>
        <source>site default</source>
        <translation>valeur par défaut du site</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Nœuds :</translation>
    </message>
    <message>
        <source>GPUs &amp;per node:</source>
        <translation>GPU &amp;par nœud :</translation>
    </message>
    <message>
        <source>GPU t&amp;ype:</source>
        <translation>T&amp;ype de GPU :</translation>
    </message>
    <message>
        <source>&amp;Tasks per node:</source>
        <translation>&amp;Tâches par nœud :</translation>
    </message>
    <message>
        <source>&amp;CPUs per task:</source>
        <translation>&amp;CPU par tâche :</translation>
    </message>
    <message>
        <source>&amp;Memory per node:</source>
        <translation>&amp;Mémoire par nœud :</translation>
    </message>
    <message>
        <source>&amp;Wall time:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>≤ %1 GB</source>
        <translation>≤ %1 Go</translation>
    </message>
    <message>
        <source>At most %1 GB per node in this partition</source>
        <translation>Au plus %1 Go par nœud dans cette partition</translation>
    </message>
    <message>
        <source>Slurm notation: minutes, HH:MM:SS or D-HH:MM:SS</source>
        <translation>Notation Slurm : minutes, HH:MM:SS ou J-HH:MM:SS</translation>
    </message>
    <message>
        <source> — at most %1 here</source>
        <translation> — au plus %1 ici</translation>
    </message>
    <message>
        <source>In total: %1 GPUs (%2 × %3 %4) for %5 — up to %6 GPU-hours of your allocation.</source>
        <translation>Au total : %1 GPU (%2 × %3 %4) pendant %5 — jusqu&apos;à %6 heures GPU de votre allocation.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Copier : %1</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>This is exactly what the desk will send. Copy the sbatch script to run the same job from a login node.</source>
        <translation>Voici exactement ce que le desk enverra. Copiez le script sbatch pour lancer le même job depuis un nœud de connexion.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>slurmrestd request</source>
        <translation>requête slurmrestd</translation>
    </message>
    <message>
        <source>Equivalent sbatch script</source>
        <translation>Script sbatch équivalent</translation>
    </message>
    <message>
        <source>no GPUs</source>
        <translation>aucun GPU</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 node(s), %4, %5 task(s), wall time %6; account %7; submission %8.</source>
        <translation>%1 sur %2 : %3 nœud(s), %4, %5 tâche(s), durée %6 ; compte %7 ; soumission %8.</translation>
    </message>
    <message>
        <source>Asking the site which API version it serves…</source>
        <translation>Demande au site de sa version d&apos;API…</translation>
    </message>
    <message>
        <source>slurmrestd request — POST /slurm/%1/job/submit</source>
        <translation>requête slurmrestd — POST /slurm/%1/job/submit</translation>
    </message>
    <message>
        <source>The comment carries the submission id: pressing Submit again after a lost answer finds the job instead of sending it twice.</source>
        <translation>Le commentaire porte l&apos;identifiant de soumission : soumettre à nouveau après une réponse perdue retrouve le job au lieu de l&apos;envoyer deux fois.</translation>
    </message>
    <message>
        <source> Demo site — simulated scheduler.</source>
        <translation> Site de démo — ordonnanceur simulé.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Filter or search the current view</source>
        <extracomment>Keys that work inside views without a menu action (documented here, once).</extracomment>
        <translation>Filtrer ou chercher dans la vue actuelle</translation>
    </message>
    <message>
        <source>Move to the next / previous control</source>
        <translation>Aller au contrôle suivant / précédent</translation>
    </message>
    <message>
        <source>Map: zoom in, zoom out, show every marker</source>
        <translation>Carte : zoom avant, zoom arrière, afficher tous les marqueurs</translation>
    </message>
    <message>
        <source>Map: pan; tables: move between rows</source>
        <translation>Carte : déplacer ; tableaux : passer d&apos;une ligne à l&apos;autre</translation>
    </message>
    <message>
        <source>Close a dialog or the command palette</source>
        <translation>Fermer une boîte de dialogue ou la palette de commandes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>No secure credential store was found (keyring backend %1). Tokens are kept for this session only and must be entered again after a restart. Install or unlock GNOME Keyring or KWallet to remember them.</source>
        <translation>Aucun stockage sécurisé d&apos;identifiants n&apos;a été trouvé (trousseau %1). Les jetons ne sont gardés que pour cette session et devront être ressaisis après un redémarrage. Installez ou déverrouillez GNOME Keyring ou KWallet pour les conserver.</translation>
    </message>
    <message>
        <source>Renew a site&apos;s token</source>
        <translation>Renouveler le jeton d&apos;un site</translation>
    </message>
    <message>
        <source>Connect a site</source>
        <translation>Connecter un site</translation>
    </message>
    <message>
        <source>e.g. My cluster</source>
        <translation>p. ex. Mon cluster</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>slurmrestd URL</source>
        <translation>URL slurmrestd</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Token (JWT)</source>
        <translation>Jeton (JWT)</translation>
    </message>
    <message>
        <source>The token is kept in the OS keyring (%1), never in a file of the desk.</source>
        <translation>Le jeton est conservé dans le trousseau du système (%1), jamais dans un fichier du desk.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;tilisateur :</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Donnez un nom au site.</translation>
    </message>
    <message>
        <source>Enter the user name the token belongs to.</source>
        <translation>Saisissez le nom d&apos;utilisateur auquel appartient le jeton.</translation>
    </message>
    <message>
        <source>Paste the site&apos;s token.</source>
        <translation>Collez le jeton du site.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>no credentials</source>
        <translation>pas d&apos;identifiants</translation>
    </message>
    <message>
        <source>cached data</source>
        <translation>données en cache</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <source>Site and partition</source>
        <translation>Site et partition</translation>
    </message>
    <message>
        <source>Where should the job run? Free GPUs are live from each site; pick a row.</source>
        <translation>Où le job doit-il tourner ? Les GPU libres viennent en direct de chaque site ; choisissez une ligne.</translation>
    </message>
    <message>
        <source>Filter machines, partitions, GPU types…</source>
        <translation>Filtrer machines, partitions, types de GPU…</translation>
    </message>
    <message>
        <source>Filter the partitions</source>
        <translation>Filtrer les partitions</translation>
    </message>
    <message>
        <source>Partitions with live capacity</source>
        <translation>Partitions avec capacité en direct</translation>
    </message>
    <message>
        <source>demo — simulated load. </source>
        <translation>démo — charge simulée. </translation>
    </message>
    <message>
        <source>Sites without credentials are listed for their capacity; connect them in File › Sites &amp; credentials to submit there.</source>
        <translation>Les sites sans identifiants sont listés pour leur capacité ; connectez-les dans Fichier › Sites &amp; identifiants pour y soumettre.</translation>
    </message>
    <message>
        <source>No partition chosen yet.</source>
        <translation>Aucune partition choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 of %2 %3 GPUs free</source>
        <translation>%1 GPU %3 libres sur %2</translation>
    </message>
    <message>
        <source>%1 · queued jobs: %2 · data %3 old</source>
        <translation>%1 · jobs en attente : %2 · données vieilles de %3</translation>
    </message>
    <message>
        <source>demo, simulated load</source>
        <translation>démo, charge simulée</translation>
    </message>
    <message>
        <source>Site status: %1.</source>
        <translation>État du site : %1.</translation>
    </message>
    <message>
        <source>the desk has no credentials for %1; connect it in File › Sites &amp; credentials</source>
        <translation>le desk n&apos;a pas d&apos;identifiants pour %1 ; connectez-le dans Fichier › Sites et identifiants</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Submit</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>The job goes to the site once; My Jobs follows it.</source>
        <translation>Le job part une seule fois vers le site ; Mes jobs le suit.</translation>
    </message>
    <message>
        <source>Submit &amp;again</source>
        <translation>Soumettre à &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Change the job</source>
        <translation>&amp;Modifier le job</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>Soumettre à nouveau</translation>
    </message>
    <message>
        <source>Send the job again under the same submission id; a job that reached the site is found, never made twice</source>
        <translation>Renvoyer le job sous le même identifiant de soumission ; un job arrivé sur le site est retrouvé, jamais créé deux fois</translation>
    </message>
    <message>
        <source>Change the job</source>
        <translation>Modifier le job</translation>
    </message>
    <message>
        <source>Go back to the job&apos;s pages and submit it under a new submission id</source>
        <translation>Revenir aux pages du job et le soumettre sous un nouvel identifiant de soumission</translation>
    </message>
    <message>
        <source>Submitting “%1” to %2 · %3…</source>
        <translation>Soumission de « %1 » à %2 · %3…</translation>
    </message>
    <message>
        <source>Submission aifd:%1 — recorded in the local ledger before it is sent.</source>
        <translation>Soumission aifd:%1 — consignée dans le journal local avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>✔ Job &lt;b&gt;%1&lt;/b&gt; submitted to %2 · %3. It is in My Jobs now, as “submitted” until the site lists it.</source>
        <translation>✔ Job &lt;b&gt;%1&lt;/b&gt; soumis à %2 · %3. Il figure maintenant dans Mes jobs, comme « soumis » jusqu&apos;à ce que le site le liste.</translation>
    </message>
    <message>
        <source>The site said:</source>
        <translation>Le site a répondu :</translation>
    </message>
    <message>
        <source>Submission aifd:%1 is confirmed in the local ledger. My Jobs shows the job&apos;s state, reason, start estimate and time left, and the desk notifies you when it starts, ends, fails or nears its time limit.</source>
        <translation>La soumission aifd:%1 est confirmée dans le journal local. Mes jobs affiche l&apos;état du job, la raison, le démarrage estimé et le temps restant, et le desk vous notifie quand il démarre, se termine, échoue ou approche de sa limite de temps.</translation>
    </message>
    <message>
        <source>Submitting again uses the same submission id: a job that did reach the site is found by its comment, never made twice.</source>
        <translation>Soumettre à nouveau réutilise le même identifiant : un job arrivé sur le site est retrouvé par son commentaire, jamais créé deux fois.</translation>
    </message>
    <message>
        <source>The scheduler refused this request. Change it and submit again (under a new submission id).</source>
        <translation>L&apos;ordonnanceur a refusé cette requête. Modifiez-la et soumettez-la à nouveau (sous un nouvel identifiant de soumission).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check and send</source>
        <translation>Vérifier et envoyer</translation>
    </message>
    <message>
        <source>Flags are sent with the application, so the single point of contact sees them in the inbox and can help.</source>
        <translation>Les signalements sont envoyés avec la candidature, afin que le point de contact unique les voie dans la boîte de réception et puisse aider.</translation>
    </message>
    <message>
        <source>Flags of the application</source>
        <translation>Signalements de la candidature</translation>
    </message>
    <message>
        <source>⚑ %1 point(s) to look at:</source>
        <translation>⚑ %1 point(s) à examiner :</translation>
    </message>
    <message>
        <source>✔ Nothing to flag.</source>
        <translation>✔ Rien à signaler.</translation>
    </message>
</context>
<context>
    <name>TokenWatch</name>
    <message>
        <source>%1 min</source>
        <extracomment>Remind this long before a token runs out.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>the token carries no expiry date</source>
        <translation>le jeton ne porte pas de date d&apos;expiration</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>valid until %1 (%2 left)</source>
        <translation>valide jusqu&apos;au %1 (reste %2)</translation>
    </message>
    <message>
        <source>The token for %1 has expired</source>
        <translation>Le jeton de %1 a expiré</translation>
    </message>
    <message>
        <source>The tokens for %1 have expired</source>
        <translation>Les jetons de %1 ont expiré</translation>
    </message>
    <message>
        <source>the token for %1 expires in %2</source>
        <translation>le jeton de %1 expire dans %2</translation>
    </message>
    <message>
        <source>the tokens for %1 expire within %2</source>
        <translation>les jetons de %1 expirent d&apos;ici %2</translation>
    </message>
    <message>
        <source> — renew in File › Sites &amp; credentials.</source>
        <translation> — à renouveler dans Fichier › Sites et identifiants.</translation>
    </message>
</context>
<context>
    <name>TriageService</name>
    <message>
        <source>Not connected to a Hub yet.</source>
        <translation>Pas encore connecté à un Hub.</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>The batch script and where it runs. Start from a template; the #SBATCH options come from the other pages.</source>
        <translation>Le script batch et où il s&apos;exécute. Partez d&apos;un modèle ; les options #SBATCH viennent des autres pages.</translation>
    </message>
    <message>
        <source>&amp;Use template</source>
        <translation>&amp;Utiliser le modèle</translation>
    </message>
    <message>
        <source>slurm-%j.out (in the working directory)</source>
        <translation>slurm-%j.out (dans le répertoire de travail)</translation>
    </message>
    <message>
        <source>same as output</source>
        <translation>comme la sortie</translation>
    </message>
    <message>
        <source>none — e.g. 0-9%4</source>
        <translation>aucun — p. ex. 0-9%4</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom du job</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Script du job</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>Error file</source>
        <translation>Fichier d&apos;erreurs</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Tableau de jobs</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Script :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>&amp;Working dir:</source>
        <translation>&amp;Répertoire de travail :</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Sortie :</translation>
    </message>
    <message>
        <source>E&amp;rror:</source>
        <translation>&amp;Erreurs :</translation>
    </message>
    <message>
        <source>&amp;Array:</source>
        <translation>&amp;Tableau :</translation>
    </message>
    <message>
        <source>Replace the script?</source>
        <translation>Remplacer le script ?</translation>
    </message>
    <message>
        <source>Replace your script with the template “%1”?</source>
        <translation>Remplacer votre script par le modèle « %1 » ?</translation>
    </message>
</context>
</TS>
