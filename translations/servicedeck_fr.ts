<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ServiceDeck</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Champ &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; known fields are: %2</source>
        <translation>Champ &quot;%1&quot; inconnu&#xa0;; les champs connus sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a field of a %1</source>
        <translation>n&apos;est pas un champ du type de ticket %1</translation>
    </message>
    <message>
        <source>is kept by ServiceDeck and cannot be set</source>
        <translation>est géré par ServiceDeck et ne peut pas être défini</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level from 1 (high) to 3 (low)</source>
        <translation>&quot;%1&quot; n&apos;est pas un niveau de 1 (élevé) à 3 (faible)</translation>
    </message>
    <message>
        <source>is derived from impact and urgency</source>
        <translation>est déduit de impact et urgency</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of a %2; states are: %3</source>
        <translation>&quot;%1&quot; n&apos;est pas un état du type de ticket %2&#xa0;; les états sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; ne fait pas partie de&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date or date-time (for example 2026-03-01 or 2026-03-01T14:30:00Z)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date ni une date-heure ISO 8601 (par exemple 2026-03-01 ou 2026-03-01T14:30:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form FIELD=VALUE</source>
        <translation>&quot;%1&quot; n&apos;est pas de la forme FIELD=VALUE</translation>
    </message>
    <message>
        <source>Field &quot;state&quot;: &quot;%1&quot; is not a state of a %2; states are: %3</source>
        <translation>Champ &quot;state&quot;&#xa0;: &quot;%1&quot; n&apos;est pas un état du type de ticket %2&#xa0;; les états sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>Moving a %1 from %2 to %3 needs: %4</source>
        <translation>Pour faire passer un ticket de type %1 de %2 à %3, il faut&#xa0;: %4</translation>
    </message>
    <message>
        <source>Field &quot;state&quot;: a %1 in state %2 cannot move to %3; %2 is final</source>
        <translation>Champ &quot;state&quot;&#xa0;: un ticket de type %1 à l&apos;état %2 ne peut pas passer à %3&#xa0;; %2 est un état final</translation>
    </message>
    <message>
        <source>Field &quot;state&quot;: a %1 in state %2 cannot move to %3; allowed: %4</source>
        <translation>Champ &quot;state&quot;&#xa0;: un ticket de type %1 à l&apos;état %2 ne peut pas passer à %3&#xa0;; autorisés&#xa0;: %4</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Demande de service</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigné</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Fulfilling</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En cours d&apos;analyse</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Erreur connue</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Assessing</source>
        <translation>En cours d&apos;évaluation</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>En cours de mise en œuvre</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>%1 is not %2; use one of: %3</source>
        <translation>%1 n&apos;est pas %2&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: %3</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; needs a value</source>
        <translation>Le champ &quot;%1&quot; requiert une valeur</translation>
    </message>
    <message>
        <source>&quot;none&quot; cannot be compared with &quot;%1&quot;; use %2:none or -%2:none</source>
        <translation>&quot;none&quot; ne peut pas être comparé avec &quot;%1&quot;&#xa0;; utilisez %2:none ou -%2:none</translation>
    </message>
    <message>
        <source>a ticket kind</source>
        <translation>un type de ticket</translation>
    </message>
    <message>
        <source>a state</source>
        <translation>un état</translation>
    </message>
    <message>
        <source>an SLA status</source>
        <translation>un statut SLA</translation>
    </message>
    <message>
        <source>a value of %1</source>
        <translation>une valeur de %1</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is not a number from 1 (high) to 3 (low)</source>
        <translation>%1 n&apos;est pas un nombre de 1 (élevé) à 3 (faible)</translation>
    </message>
    <message>
        <source>%1 is not a priority; use 1 to 5 or P1 to P5</source>
        <translation>%1 n&apos;est pas une priorité&#xa0;; utilisez 1 à 5 ou P1 à P5</translation>
    </message>
    <message>
        <source>%1 is not a date; use an ISO date (2026-03-01), a date-time (2026-03-01T14:30Z), today, or a time relative to now such as -7d, -12h, -30m, -2w or +3d</source>
        <translation>%1 n&apos;est pas une date&#xa0;; utilisez une date ISO (2026-03-01), une date-heure (2026-03-01T14:30Z), today ou un temps relatif à maintenant comme -7d, -12h, -30m, -2w ou +3d</translation>
    </message>
    <message>
        <source>Unexpected control character %1 at column %2; remove it</source>
        <translation>Caractère de contrôle %1 inattendu à la colonne %2&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>Unterminated quote at column %1; end the quoted text with &quot; (write \&quot; for a quote inside it)</source>
        <translation>Guillemet non fermé à la colonne %1&#xa0;; terminez le texte entre guillemets par &quot; (écrivez \&quot; pour un guillemet à l&apos;intérieur)</translation>
    </message>
    <message>
        <source>Expected a word, a &quot;phrase&quot; or field:value after &quot;-&quot; at column %1</source>
        <translation>Un mot, une &quot;phrase&quot; ou field:value est attendu après &quot;-&quot; à la colonne %1</translation>
    </message>
    <message>
        <source>Unexpected &quot;-&quot; at column %1; a term can be negated only once</source>
        <translation>&quot;-&quot; inattendu à la colonne %1&#xa0;; un terme ne peut être nié qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>Expected a field name before &quot;%1&quot; at column %2</source>
        <translation>Un nom de champ est attendu avant &quot;%1&quot; à la colonne %2</translation>
    </message>
    <message>
        <source>Expected a space after the closing quote at column %1</source>
        <translation>Un espace est attendu après le guillemet fermant à la colonne %1</translation>
    </message>
    <message>
        <source>Unexpected quote at column %1 inside a word; put the whole phrase in quotes</source>
        <translation>Guillemet inattendu à la colonne %1 à l&apos;intérieur d&apos;un mot&#xa0;; mettez toute la phrase entre guillemets</translation>
    </message>
    <message>
        <source>known fields are: %1</source>
        <translation>les champs connus sont&#xa0;: %1</translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation>vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; %3</source>
        <translation>Champ %1 inconnu à la colonne %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has no order, so &quot;%2&quot; at column %3 does not apply; use %1:VALUE (comparisons work on priority, impact, urgency and dates)</source>
        <translation>Le champ &quot;%1&quot; n&apos;a pas d&apos;ordre, donc &quot;%2&quot; à la colonne %3 ne s&apos;applique pas&#xa0;; utilisez %1:VALUE (les comparaisons fonctionnent sur priority, impact, urgency et les dates)</translation>
    </message>
    <message>
        <source>Missing value after &quot;%1%2&quot; at column %3</source>
        <translation>Valeur manquante après &quot;%1%2&quot; à la colonne %3</translation>
    </message>
    <message>
        <source>Missing value after &quot;,&quot; at column %1</source>
        <translation>Valeur manquante après &quot;,&quot; à la colonne %1</translation>
    </message>
    <message>
        <source>Expected a space or &quot;,&quot; after the closing quote at column %1</source>
        <translation>Un espace ou &quot;,&quot; est attendu après le guillemet fermant à la colonne %1</translation>
    </message>
    <message>
        <source>Missing value before &quot;,&quot; at column %1</source>
        <translation>Valeur manquante avant &quot;,&quot; à la colonne %1</translation>
    </message>
    <message>
        <source>Unexpected quote at column %1 inside a value; put the whole value in quotes</source>
        <translation>Guillemet inattendu à la colonne %1 à l&apos;intérieur d&apos;une valeur&#xa0;; mettez toute la valeur entre guillemets</translation>
    </message>
    <message>
        <source>Empty value at column %1</source>
        <translation>Valeur vide à la colonne %1</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; at column %2: %3</source>
        <translation>Champ &quot;%1&quot; à la colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>A comparison takes a single value; remove the &quot;,&quot; at column %1</source>
        <translation>Une comparaison n&apos;accepte qu&apos;une seule valeur&#xa0;; supprimez la &quot;,&quot; à la colonne %1</translation>
    </message>
    <message>
        <source>Empty sort field at column %1</source>
        <translation>Champ de tri vide à la colonne %1</translation>
    </message>
    <message>
        <source>sortable fields are: %1</source>
        <translation>les champs triables sont&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown sort field %1 at column %2; %3</source>
        <translation>Champ de tri %1 inconnu à la colonne %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>Sort field &quot;%1&quot; at column %2 is already listed</source>
        <translation>Le champ de tri &quot;%1&quot; à la colonne %2 figure déjà dans la liste</translation>
    </message>
    <message>
        <source>Field &quot;text&quot;: a comment needs some text</source>
        <translation>Champ &quot;text&quot;&#xa0;: un commentaire doit contenir du texte</translation>
    </message>
    <message>
        <source>Field &quot;minutes&quot;: time spent cannot be negative</source>
        <translation>Champ &quot;minutes&quot;&#xa0;: le temps passé ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Field &quot;type&quot;: &quot;%1&quot; is not one of: %2</source>
        <translation>Champ &quot;type&quot;&#xa0;: &quot;%1&quot; ne fait pas partie de&#xa0;: %2</translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself</source>
        <translation>Un ticket ne peut pas être lié à lui-même</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a configuration item needs a name</source>
        <translation>Champ &quot;name&quot;&#xa0;: un élément de configuration doit avoir un nom</translation>
    </message>
    <message>
        <source>Field &quot;status&quot;: &quot;%1&quot; is not one of: %2</source>
        <translation>Champ &quot;status&quot;&#xa0;: &quot;%1&quot; ne fait pas partie de&#xa0;: %2</translation>
    </message>
    <message>
        <source>Field &quot;class&quot;: no CI class &quot;%1&quot;</source>
        <translation>Champ &quot;class&quot;&#xa0;: aucune classe de CI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a configuration item &quot;%1&quot; exists already</source>
        <translation>Champ &quot;name&quot;&#xa0;: un élément de configuration &quot;%1&quot; existe déjà</translation>
    </message>
    <message>
        <source>Field &quot;owner_group&quot;: no group named &quot;%1&quot;</source>
        <translation>Champ &quot;owner_group&quot;&#xa0;: aucun groupe nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A configuration item cannot be related to itself</source>
        <translation>Un élément de configuration ne peut pas être en relation avec lui-même</translation>
    </message>
    <message>
        <source>Field &quot;type&quot;: no relation type &quot;%1&quot;</source>
        <translation>Champ &quot;type&quot;&#xa0;: aucun type de relation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed</source>
        <translation>Le pilote Qt SQL %1 n&apos;est pas installé</translation>
    </message>
    <message>
        <source>No database at %1; create one with servicedeck-cli init</source>
        <translation>Aucune base de données à %1&#xa0;; créez-en une avec servicedeck-cli init</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this ServiceDeck knows versions up to %3; use a newer ServiceDeck. The database was not changed.</source>
        <translation>La base de données %1 a la version de schéma %2, mais ce ServiceDeck ne connaît que les versions jusqu&apos;à %3&#xa0;; utilisez un ServiceDeck plus récent. La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database %1 has no ServiceDeck schema; create it with servicedeck-cli init</source>
        <translation>La base de données %1 n&apos;a pas de schéma ServiceDeck&#xa0;; créez-le avec servicedeck-cli init</translation>
    </message>
    <message>
        <source>schema step %1 (%2)</source>
        <translation>étape de schéma %1 (%2)</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Malformed database URL &quot;%1&quot;: %2</source>
        <translation>URL de base de données &quot;%1&quot; mal formée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation>l&apos;hôte est manquant</translation>
    </message>
    <message>
        <source>the user is missing</source>
        <translation>l&apos;utilisateur est manquant</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>le nom de la base de données est manquant</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>the file path is missing</source>
        <translation>le chemin du fichier est manquant</translation>
    </message>
    <message>
        <source>expected sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>attendu&#xa0;: sqlite:PATH ou postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>Field &quot;login&quot;: &quot;%1&quot; is not a valid login</source>
        <translation>Champ &quot;login&quot;&#xa0;: &quot;%1&quot; n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>Field &quot;roles&quot;: unknown role &quot;%1&quot;; roles are: %2</source>
        <translation>Champ &quot;roles&quot;&#xa0;: rôle &quot;%1&quot; inconnu&#xa0;; les rôles sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>Field &quot;login&quot;: a user &quot;%1&quot; exists already</source>
        <translation>Champ &quot;login&quot;&#xa0;: un utilisateur &quot;%1&quot; existe déjà</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a group needs a name</source>
        <translation>Champ &quot;name&quot;&#xa0;: un groupe doit avoir un nom</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a group &quot;%1&quot; exists already</source>
        <translation>Champ &quot;name&quot;&#xa0;: un groupe &quot;%1&quot; existe déjà</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Field &quot;columns&quot;: &quot;%1&quot; is not a column name</source>
        <translation>Champ &quot;columns&quot;&#xa0;: &quot;%1&quot; n&apos;est pas un nom de colonne</translation>
    </message>
    <message>
        <source>Field &quot;expression&quot;: %1</source>
        <translation>Champ &quot;expression&quot;&#xa0;: %1</translation>
    </message>
    <message>
        <source>Field &quot;sort&quot;: %1</source>
        <translation>Champ &quot;sort&quot;&#xa0;: %1</translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation>Mes tickets ouverts</translation>
    </message>
    <message>
        <source>My groups</source>
        <translation>Mes groupes</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignés</translation>
    </message>
    <message>
        <source>P1/P2 open</source>
        <translation>P1/P2 ouverts</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA à risque</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>Updated today</source>
        <translation>Mis à jour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a queue needs a name</source>
        <translation>Champ &quot;name&quot;&#xa0;: une file d&apos;attente doit avoir un nom</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: &quot;%1&quot; is reserved for a standard queue</source>
        <translation>Champ &quot;name&quot;&#xa0;: &quot;%1&quot; est réservé à une file d&apos;attente standard</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: you have a queue &quot;%1&quot; already</source>
        <translation>Champ &quot;name&quot;&#xa0;: vous avez déjà une file d&apos;attente &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; belongs to another user</source>
        <translation>La file d&apos;attente &quot;%1&quot; appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; is shared; only an administrator may change it</source>
        <translation>La file d&apos;attente &quot;%1&quot; est partagée&#xa0;; seul un administrateur peut la modifier</translation>
    </message>
    <message>
        <source>There is no saved queue %1</source>
        <translation>Il n&apos;existe pas de file d&apos;attente enregistrée %1</translation>
    </message>
    <message>
        <source>There is no saved queue &quot;%1&quot;</source>
        <translation>Il n&apos;existe pas de file d&apos;attente enregistrée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no standard queue &quot;%1&quot;</source>
        <translation>Il n&apos;existe pas de file d&apos;attente standard &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; was changed elsewhere; refresh and try again</source>
        <translation>La file d&apos;attente &quot;%1&quot; a été modifiée ailleurs&#xa0;; actualisez et réessayez</translation>
    </message>
    <message>
        <source>No business calendar %1</source>
        <translation>Aucun calendrier ouvré %1</translation>
    </message>
    <message>
        <source>Business calendar: unknown time zone &quot;%1&quot;</source>
        <translation>Calendrier ouvré&#xa0;: fuseau horaire &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>no user with the login &quot;%1&quot;</source>
        <translation>aucun utilisateur avec l&apos;identifiant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no group named &quot;%1&quot;</source>
        <translation>aucun groupe nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no configuration item named &quot;%1&quot;</source>
        <translation>aucun élément de configuration nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;title&quot;: a ticket needs a title</source>
        <translation>Champ &quot;title&quot;&#xa0;: un ticket doit avoir un titre</translation>
    </message>
    <message>
        <source>Field &quot;state&quot;: a new %1 starts in state %2</source>
        <translation>Champ &quot;state&quot;&#xa0;: un nouveau ticket de type %1 commence à l&apos;état %2</translation>
    </message>
    <message>
        <source>Field &quot;planned_end&quot;: must be after planned_start</source>
        <translation>Champ &quot;planned_end&quot;&#xa0;: doit être postérieur à planned_start</translation>
    </message>
    <message>
        <source>No number sequence for %1</source>
        <translation>Aucune séquence de numéros pour %1</translation>
    </message>
    <message>
        <source>No ticket with the number &quot;%1&quot;</source>
        <translation>Aucun ticket portant le numéro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing to update: give FIELD=VALUE pairs</source>
        <translation>Rien à mettre à jour&#xa0;: indiquez des paires FIELD=VALUE</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by someone else meanwhile (version %2, expected %3)</source>
        <translation>Le ticket %1 a été modifié entre-temps par quelqu&apos;un d&apos;autre (version %2, attendue %3)</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by someone else meanwhile</source>
        <translation>Le ticket %1 a été modifié entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;me&quot; needs a signed-in user</source>
        <translation>Champ &quot;%1&quot;&#xa0;: &quot;me&quot; nécessite un utilisateur connecté</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; cannot be searched</source>
        <translation>Le champ &quot;%1&quot; ne peut pas faire l&apos;objet d&apos;une recherche</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has no order; use %1:VALUE</source>
        <translation>Le champ &quot;%1&quot; n&apos;a pas d&apos;ordre&#xa0;; utilisez %1:VALUE</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: a comparison takes a single value</source>
        <translation>Champ &quot;%1&quot;&#xa0;: une comparaison n&apos;accepte qu&apos;une seule valeur</translation>
    </message>
    <message>
        <source>The query contains the control character U+%1</source>
        <translation>La requête contient le caractère de contrôle U+%1</translation>
    </message>
    <message>
        <source>Unknown sort field &quot;%1&quot;; sortable fields are: %2</source>
        <translation>Champ de tri &quot;%1&quot; inconnu&#xa0;; les champs triables sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>writing rows to %1</source>
        <translation>écriture des lignes dans %1</translation>
    </message>
    <message>
        <source>Seeding cancelled</source>
        <translation>Génération des données de démonstration annulée</translation>
    </message>
    <message>
        <source>The database %1 already holds tickets or configuration items; seed demo data only into a new database</source>
        <translation>La base de données %1 contient déjà des tickets ou des éléments de configuration&#xa0;; ne générez des données de démonstration que dans une nouvelle base de données</translation>
    </message>
    <message>
        <source>Seed counts must not be negative (tickets %1, CIs %2, changes %3)</source>
        <translation>Les quantités de données de démonstration ne doivent pas être négatives (tickets %1, CI %2, changements %3)</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>Champ &quot;%1&quot;&#xa0;: &quot;%2&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not a date in the form yyyy-mm-dd</source>
        <translation>Champ &quot;%1&quot;&#xa0;: &quot;%2&quot; n&apos;est pas une date au format aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not one of: %3</source>
        <translation>Champ &quot;%1&quot;&#xa0;: &quot;%2&quot; ne fait pas partie de&#xa0;: %3</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: a value is required</source>
        <translation>Champ &quot;%1&quot;&#xa0;: une valeur est requise</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no configuration item &quot;%2&quot;</source>
        <translation>Champ &quot;%1&quot;&#xa0;: aucun élément de configuration &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: the class &quot;%2&quot; has no attribute of that name</source>
        <translation>Champ &quot;%1&quot;&#xa0;: la classe &quot;%2&quot; n&apos;a pas d&apos;attribut de ce nom</translation>
    </message>
    <message>
        <source>Impact analysis needs a configuration item to start from</source>
        <translation>L&apos;analyse d&apos;impact nécessite un élément de configuration de départ</translation>
    </message>
    <message>
        <source>A quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation>Guillemet dans un champ sans guillemets&#xa0;; mettez tout le champ entre guillemets et doublez le guillemet</translation>
    </message>
    <message>
        <source>The quoted field that starts here is never closed</source>
        <translation>Le champ entre guillemets qui commence ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field; a quote inside a quoted field is written twice</source>
        <translation>Texte après le guillemet fermant d&apos;un champ&#xa0;; un guillemet à l&apos;intérieur d&apos;un champ entre guillemets s&apos;écrit deux fois</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1); save it as CSV UTF-8</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 (ligne %1)&#xa0;; enregistrez-le au format CSV UTF-8</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <source>A standard change is pre-approved; it needs no CAB decision.</source>
        <translation>Un changement standard est pré-approuvé&#xa0;; il ne nécessite aucune décision du CAB.</translation>
    </message>
    <message>
        <source>No approver has been asked yet.</source>
        <translation>Aucun approbateur n&apos;a encore été sollicité.</translation>
    </message>
    <message>
        <source>%1 rejected the change.</source>
        <translation>%1 a rejeté le changement.</translation>
    </message>
    <message>
        <source>%1 rejected the change: %2</source>
        <translation>%1 a rejeté le changement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 approvers approved; %3 needed.</source>
        <translation>%1 approbateurs sur %2 ont approuvé&#xa0;; %3 requis.</translation>
    </message>
    <message>
        <source>Every requested approver approved.</source>
        <translation>Tous les approbateurs sollicités ont approuvé.</translation>
    </message>
    <message>
        <source>The quorum of %1 approvals exceeds the %2 approvers asked; ask more approvers.</source>
        <translation>Le quorum de %1 approbations dépasse le nombre d&apos;approbateurs sollicités (%2)&#xa0;; sollicitez d&apos;autres approbateurs.</translation>
    </message>
    <message>
        <source>%1 of %2 approvals given.</source>
        <translation>%1 approbations obtenues sur %2.</translation>
    </message>
    <message>
        <source>The plan or the window changed after the approval of %1; they must approve again.</source>
        <translation>Le plan ou la fenêtre a changé après l&apos;approbation de %1&#xa0;; une nouvelle approbation est nécessaire.</translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation>En attente de %1.</translation>
    </message>
    <message>
        <source>Rule &quot;only cab approves&quot;: %1 does not hold the cab role and cannot approve or reject changes</source>
        <translation>Règle &quot;seul cab approuve&quot;&#xa0;: %1 n&apos;a pas le rôle cab et ne peut ni approuver ni rejeter de changements</translation>
    </message>
    <message>
        <source>Rule &quot;only change_manager schedules&quot;: %1 does not hold the change_manager role and cannot set or move a change&apos;s planned window</source>
        <translation>Règle &quot;seul change_manager planifie&quot;&#xa0;: %1 n&apos;a pas le rôle change_manager et ne peut ni définir ni déplacer la fenêtre planifiée d&apos;un changement</translation>
    </message>
    <message>
        <source>Rule &quot;only requested approvers decide&quot;: %1 has no open approval request on this change</source>
        <translation>Règle &quot;seuls les approbateurs sollicités décident&quot;&#xa0;: %1 n&apos;a aucune demande d&apos;approbation ouverte sur ce changement</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>%1 and %2 overlap from %3 to %4 and both change %5.</source>
        <translation>%1 et %2 se chevauchent du %3 au %4 et modifient tous deux %5.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap from %3 to %4, and one changes what the other&apos;s CIs depend on: %5.</source>
        <translation>%1 et %2 se chevauchent du %3 au %4, et l&apos;un modifie ce dont dépendent les CI de l&apos;autre&#xa0;: %5.</translation>
    </message>
    <message>
        <source>%1 implements both %2 and %3, which overlap from %4 to %5.</source>
        <translation>%1 met en œuvre à la fois %2 et %3, qui se chevauchent du %4 au %5.</translation>
    </message>
    <message>
        <source>%1 falls into the freeze &quot;%2&quot; (%3 to %4), which stops every change.</source>
        <translation>%1 tombe dans la période de gel &quot;%2&quot; (du %3 au %4), qui bloque tout changement.</translation>
    </message>
    <message>
        <source>%1 falls into the freeze &quot;%2&quot; (%3 to %4), which covers %5.</source>
        <translation>%1 tombe dans la période de gel &quot;%2&quot; (du %3 au %4), qui couvre %5.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) is not inside a maintenance window of %4.</source>
        <translation>%1 (du %2 au %3) n&apos;est pas dans une fenêtre de maintenance de %4.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Très élevé</translation>
    </message>
    <message>
        <source>Which users notice the change while it runs?</source>
        <translation>Quels utilisateurs remarquent le changement pendant son exécution&#xa0;?</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>One team</source>
        <translation>Une équipe</translation>
    </message>
    <message>
        <source>A site or a department</source>
        <translation>Un site ou un service</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>How many configuration items does it touch?</source>
        <translation>Combien d&apos;éléments de configuration touche-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Un seul</translation>
    </message>
    <message>
        <source>Two to five</source>
        <translation>Deux à cinq</translation>
    </message>
    <message>
        <source>More than five</source>
        <translation>Plus de cinq</translation>
    </message>
    <message>
        <source>Was the change tested before?</source>
        <translation>Le changement a-t-il été testé au préalable&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, on a production-like system</source>
        <translation>Oui, sur un système proche de la production</translation>
    </message>
    <message>
        <source>Yes, on a test system</source>
        <translation>Oui, sur un système de test</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Is there a way back?</source>
        <translation>Un retour arrière est-il possible&#xa0;?</translation>
    </message>
    <message>
        <source>A tested backout plan</source>
        <translation>Un plan de retour arrière testé</translation>
    </message>
    <message>
        <source>A documented, untested backout plan</source>
        <translation>Un plan de retour arrière documenté mais non testé</translation>
    </message>
    <message>
        <source>No way back</source>
        <translation>Aucun retour arrière possible</translation>
    </message>
    <message>
        <source>Does it run during business hours?</source>
        <translation>Se déroule-t-il pendant les heures ouvrées&#xa0;?</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Risk assessment: there is no question &quot;%1&quot;</source>
        <translation>Évaluation des risques&#xa0;: il n&apos;existe pas de question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Risk assessment: &quot;%1&quot; is not answered</source>
        <translation>Évaluation des risques&#xa0;: &quot;%1&quot; est sans réponse</translation>
    </message>
    <message>
        <source>Risk assessment: &quot;%1&quot; is not an answer to &quot;%2&quot;; answers are: %3</source>
        <translation>Évaluation des risques&#xa0;: &quot;%1&quot; n&apos;est pas une réponse à &quot;%2&quot;&#xa0;; les réponses sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>No configuration item with the id %1</source>
        <translation>Aucun élément de configuration avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>Configuration item &quot;%1&quot; was changed by someone else meanwhile (version %2, edited from version %3); reload it and edit again</source>
        <translation>L&apos;élément de configuration &quot;%1&quot; a été modifié entre-temps par quelqu&apos;un d&apos;autre (version %2, modification faite sur la version %3)&#xa0;; rechargez-le et modifiez-le de nouveau</translation>
    </message>
    <message>
        <source>Configuration item &quot;%1&quot; was changed by someone else meanwhile</source>
        <translation>L&apos;élément de configuration &quot;%1&quot; a été modifié entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>A relation needs two existing configuration items</source>
        <translation>Une relation nécessite deux éléments de configuration existants</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is related to &quot;%2&quot; by &quot;%3&quot; already</source>
        <translation>&quot;%1&quot; est déjà en relation avec &quot;%2&quot; par &quot;%3&quot;</translation>
    </message>
    <message>
        <source>No relation with the id %1</source>
        <translation>Aucune relation avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>reading CI relations</source>
        <translation>lecture des relations entre CI</translation>
    </message>
    <message>
        <source>computing the impact closure</source>
        <translation>calcul de l&apos;impact transitif</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name</source>
        <translation>La colonne %1 de l&apos;en-tête n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice</source>
        <translation>La colonne &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>No CI class has an attribute &quot;%1&quot;</source>
        <translation>Aucune classe de CI n&apos;a d&apos;attribut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot;</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n champ alors que l&apos;en-tête en compte %1</numerusform>
            <numerusform>%n champs alors que l&apos;en-tête en compte %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A configuration item needs a name</source>
        <translation>Un élément de configuration doit avoir un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on line %2 already, with different values</source>
        <translation>&quot;%1&quot; figure déjà à la ligne %2, avec des valeurs différentes</translation>
    </message>
    <message>
        <source>A configuration item needs a class</source>
        <translation>Un élément de configuration doit avoir une classe</translation>
    </message>
    <message>
        <source>No CI class &quot;%1&quot;</source>
        <translation>Aucune classe de CI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists as a %2; an import does not change the class of a CI</source>
        <translation>&quot;%1&quot; existe en tant que %2&#xa0;; un import ne modifie pas la classe d&apos;un CI</translation>
    </message>
    <message>
        <source>No support group &quot;%1&quot;</source>
        <translation>Aucun groupe de support &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no attribute &quot;%2&quot;</source>
        <translation>La classe &quot;%1&quot; n&apos;a pas d&apos;attribut &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; requires the attribute &quot;%2&quot;</source>
        <translation>La classe &quot;%1&quot; exige l&apos;attribut &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <source>%1 (character %2)</source>
        <translation>%1 (caractère %2)</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported</source>
        <translation>
            <numerusform>Le fichier contient %n erreur&#xa0;; rien n&apos;a été importé</numerusform>
            <numerusform>Le fichier contient %n erreurs&#xa0;; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>Import annulé&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>updating configuration items</source>
        <translation>mise à jour des éléments de configuration</translation>
    </message>
    <message>
        <source>Line %1: configuration item &quot;%2&quot; was changed by someone else since the file was checked; check the file again</source>
        <translation>Ligne %1&#xa0;: l&apos;élément de configuration &quot;%2&quot; a été modifié par quelqu&apos;un d&apos;autre depuis la vérification du fichier&#xa0;; vérifiez de nouveau le fichier</translation>
    </message>
    <message>
        <source>updating CI attributes</source>
        <translation>mise à jour des attributs de CI</translation>
    </message>
    <message>
        <source>A relation needs a source CI</source>
        <translation>Une relation nécessite un CI source</translation>
    </message>
    <message>
        <source>No configuration item &quot;%1&quot;</source>
        <translation>Aucun élément de configuration &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A relation needs a target CI</source>
        <translation>Une relation nécessite un CI cible</translation>
    </message>
    <message>
        <source>This part_of relation would make a configuration item part of itself</source>
        <translation>Cette relation part_of ferait d&apos;un élément de configuration une partie de lui-même</translation>
    </message>
    <message>
        <source>No change with the id %1</source>
        <translation>Aucun changement avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>No user with the id %1</source>
        <translation>Aucun utilisateur avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>A decision is &quot;approved&quot; or &quot;rejected&quot;</source>
        <translation>Une décision vaut &quot;approved&quot; ou &quot;rejected&quot;</translation>
    </message>
    <message>
        <source>Field &quot;approval_quorum&quot;: %1 is not a number of approvals</source>
        <translation>Champ &quot;approval_quorum&quot;&#xa0;: %1 n&apos;est pas un nombre d&apos;approbations valide</translation>
    </message>
    <message>
        <source>Maintenance window &quot;%1&quot; of %2: &quot;%3&quot; is not a known time zone</source>
        <translation>Fenêtre de maintenance &quot;%1&quot; de %2&#xa0;: &quot;%3&quot; n&apos;est pas un fuseau horaire connu</translation>
    </message>
    <message>
        <source>Field &quot;service&quot;: a maintenance window needs a service</source>
        <translation>Champ &quot;service&quot;&#xa0;: une fenêtre de maintenance doit avoir un service</translation>
    </message>
    <message>
        <source>Field &quot;service&quot;: there is no configuration item with the id %1</source>
        <translation>Champ &quot;service&quot;&#xa0;: il n&apos;existe aucun élément de configuration avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>Field &quot;service&quot;: &quot;%1&quot; is of class %2, not a business service; maintenance windows belong to services</source>
        <translation>Champ &quot;service&quot;&#xa0;: &quot;%1&quot; est de classe %2 et n&apos;est pas un service métier&#xa0;; les fenêtres de maintenance appartiennent aux services</translation>
    </message>
    <message>
        <source>Field &quot;weekday&quot;: %1 is not a weekday (1 = Monday … 7 = Sunday)</source>
        <translation>Champ &quot;weekday&quot;&#xa0;: %1 n&apos;est pas un jour de la semaine (1 = lundi … 7 = dimanche)</translation>
    </message>
    <message>
        <source>Field &quot;start_minute&quot;: %1 is not a time of day (0 … 1439 minutes after midnight)</source>
        <translation>Champ &quot;start_minute&quot;&#xa0;: %1 n&apos;est pas une heure de la journée (0 … 1439 minutes après minuit)</translation>
    </message>
    <message>
        <source>Field &quot;duration_minutes&quot;: a maintenance window lasts from 1 to %1 minutes (one week), not %2</source>
        <translation>Champ &quot;duration_minutes&quot;&#xa0;: une fenêtre de maintenance dure de 1 à %1 minutes (une semaine), pas %2</translation>
    </message>
    <message>
        <source>Field &quot;time_zone&quot;: &quot;%1&quot; is not a known time zone</source>
        <translation>Champ &quot;time_zone&quot;&#xa0;: &quot;%1&quot; n&apos;est pas un fuseau horaire connu</translation>
    </message>
    <message>
        <source>The maintenance window was deleted by someone else meanwhile</source>
        <translation>La fenêtre de maintenance a été supprimée entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>The maintenance window of %1 was changed by someone else meanwhile (version %2, edited from version %3); reload it and edit again</source>
        <translation>La fenêtre de maintenance de %1 a été modifiée entre-temps par quelqu&apos;un d&apos;autre (version %2, modification faite sur la version %3)&#xa0;; rechargez-la et modifiez-la de nouveau</translation>
    </message>
    <message>
        <source>The maintenance window of %1 was changed by someone else meanwhile</source>
        <translation>La fenêtre de maintenance de %1 a été modifiée entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>The maintenance window of %1 was changed by someone else meanwhile (version %2, read at version %3); reload it before deleting it</source>
        <translation>La fenêtre de maintenance de %1 a été modifiée entre-temps par quelqu&apos;un d&apos;autre (version %2, lue à la version %3)&#xa0;; rechargez-la avant de la supprimer</translation>
    </message>
    <message>
        <source>Rule &quot;only change_manager manages windows&quot;: %1 holds neither the change_manager nor the admin role and cannot create, edit or delete freeze or maintenance windows</source>
        <translation>Règle &quot;seul change_manager gère les fenêtres&quot;&#xa0;: %1 n&apos;a ni le rôle change_manager ni le rôle admin et ne peut ni créer, ni modifier, ni supprimer de périodes de gel ou de fenêtres de maintenance</translation>
    </message>
    <message>
        <source>Field &quot;scope&quot;: there is no configuration item with the id %1</source>
        <translation>Champ &quot;scope&quot;&#xa0;: il n&apos;existe aucun élément de configuration avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a freeze window needs a name</source>
        <translation>Champ &quot;name&quot;&#xa0;: une période de gel doit avoir un nom</translation>
    </message>
    <message>
        <source>Field &quot;starts&quot;: a freeze window needs a start time</source>
        <translation>Champ &quot;starts&quot;&#xa0;: une période de gel doit avoir une heure de début</translation>
    </message>
    <message>
        <source>Field &quot;ends&quot;: a freeze window needs an end time</source>
        <translation>Champ &quot;ends&quot;&#xa0;: une période de gel doit avoir une heure de fin</translation>
    </message>
    <message>
        <source>Field &quot;ends&quot;: a freeze window must end after it starts (%1 is not after %2)</source>
        <translation>Champ &quot;ends&quot;&#xa0;: une période de gel doit se terminer après son début (%1 n&apos;est pas postérieur à %2)</translation>
    </message>
    <message>
        <source>Field &quot;scope&quot;: a global freeze covers every configuration item and takes no scope</source>
        <translation>Champ &quot;scope&quot;&#xa0;: une période de gel globale couvre tous les éléments de configuration et n&apos;accepte pas de portée</translation>
    </message>
    <message>
        <source>Field &quot;scope&quot;: a scoped freeze needs at least one configuration item</source>
        <translation>Champ &quot;scope&quot;&#xa0;: une période de gel restreinte nécessite au moins un élément de configuration</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot; was deleted by someone else meanwhile</source>
        <translation>La période de gel &quot;%1&quot; a été supprimée entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot; was changed by someone else meanwhile (version %2, edited from version %3); reload it and edit again</source>
        <translation>La période de gel &quot;%1&quot; a été modifiée entre-temps par quelqu&apos;un d&apos;autre (version %2, modification faite sur la version %3)&#xa0;; rechargez-la et modifiez-la de nouveau</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot; was changed by someone else meanwhile</source>
        <translation>La période de gel &quot;%1&quot; a été modifiée entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>The freeze window %1 was deleted by someone else meanwhile</source>
        <translation>La période de gel %1 a été supprimée entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot; was changed by someone else meanwhile (version %2, read at version %3); reload it before deleting it</source>
        <translation>La période de gel &quot;%1&quot; a été modifiée entre-temps par quelqu&apos;un d&apos;autre (version %2, lue à la version %3)&#xa0;; rechargez-la avant de la supprimer</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risque&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>CIs: %1</source>
        <translation>CI&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Implementer: %1</source>
        <translation>Intervenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approval: %1</source>
        <translation>Approbation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approval: %1 (%2)</source>
        <translation>Approbation&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Collision: %1</source>
        <translation>Collision&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Change freeze: %1</source>
        <translation>Période de gel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scope: every CI</source>
        <translation>Portée&#xa0;: tous les CI</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Portée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change freeze</source>
        <translation>Période de gel</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Calendrier des changements</translation>
    </message>
    <message>
        <source>Only an administrator may delete tickets; %1 is not one</source>
        <translation>Seul un administrateur peut supprimer des tickets&#xa0;; %1 n&apos;en est pas un</translation>
    </message>
    <message>
        <source>The database driver cannot receive change notifications</source>
        <translation>Le pilote de base de données ne peut pas recevoir les notifications de modification</translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Impossible d&apos;écouter les modifications sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: choose your value or the stored one</source>
        <translation>Champ &quot;%1&quot;&#xa0;: choisissez votre valeur ou celle enregistrée</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by someone else meanwhile; saving was cancelled and nothing was written</source>
        <translation>Le ticket %1 a été modifié entre-temps par quelqu&apos;un d&apos;autre&#xa0;; l&apos;enregistrement a été annulé et rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>This database has never been synced</source>
        <translation>Cette base de données n&apos;a jamais été synchronisée</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; changed on both sides</source>
        <translation>%1&#xa0;: champ &quot;%2&quot; modifié des deux côtés</translation>
    </message>
    <message>
        <source>%1: edited here, deleted on the hub</source>
        <translation>%1&#xa0;: modifié ici, supprimé sur le hub</translation>
    </message>
    <message>
        <source>%1: deleted here, edited on the hub</source>
        <translation>%1&#xa0;: supprimé ici, modifié sur le hub</translation>
    </message>
    <message>
        <source>%1: the hub refused the change: %2</source>
        <translation>%1&#xa0;: le hub a refusé la modification&#xa0;: %2</translation>
    </message>
    <message>
        <source>No open conflict with the id &quot;%1&quot;</source>
        <translation>Aucun conflit non résolu avec l&apos;identifiant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one conflict; give more of the id</source>
        <translation>&quot;%1&quot; désigne plusieurs conflits&#xa0;; indiquez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>Only a field conflict takes a value of its own; take local or remote</source>
        <translation>Seul un conflit de champ accepte une valeur propre&#xa0;; choisissez local ou remote</translation>
    </message>
    <message>
        <source>The ticket of this conflict is gone</source>
        <translation>Le ticket de ce conflit n&apos;existe plus</translation>
    </message>
    <message>
        <source>The record of this conflict is gone</source>
        <translation>L&apos;enregistrement de ce conflit n&apos;existe plus</translation>
    </message>
    <message>
        <source>The conflict keeps no copy of the record</source>
        <translation>Le conflit ne conserve aucune copie de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <source>Cannot read the replica&apos;s download state</source>
        <translation>Impossible de lire l&apos;état du téléchargement de la réplique</translation>
    </message>
    <message>
        <source>Cannot read the replica&apos;s sync cursor</source>
        <translation>Impossible de lire le curseur de synchronisation de la réplique</translation>
    </message>
    <message>
        <source>The hub has no number sequence for %1</source>
        <translation>Le hub n&apos;a pas de séquence de numérotation pour %1</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: nothing named &quot;%2&quot;</source>
        <translation>Champ &quot;%1&quot;&#xa0;: aucun élément nommé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The hub has no ServiceDeck tables</source>
        <translation>Le hub ne contient aucune table ServiceDeck</translation>
    </message>
    <message>
        <source>The replica&apos;s copy of the hub schema is damaged; sync again to renew it</source>
        <translation>La copie du schéma du hub dans la réplique est endommagée&#xa0;; synchronisez de nouveau pour la renouveler</translation>
    </message>
    <message>
        <source>The hub must be a PostgreSQL database: %1</source>
        <translation>Le hub doit être une base de données PostgreSQL&#xa0;: %1</translation>
    </message>
    <message>
        <source>A replica is a local SQLite database; %1 is not</source>
        <translation>Une réplique est une base de données SQLite locale&#xa0;; %1 n&apos;en est pas une</translation>
    </message>
    <message>
        <source>This replica belongs to the hub %1, not %2</source>
        <translation>Cette réplique appartient au hub %1, pas à %2</translation>
    </message>
    <message>
        <source>%1 already holds tickets of its own; a replica starts from an empty database</source>
        <translation>%1 contient déjà ses propres tickets&#xa0;; une réplique part d&apos;une base de données vide</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; changed here and in %3</source>
        <translation>%1&#xa0;: champ &quot;%2&quot; modifié ici et dans %3</translation>
    </message>
    <message>
        <source>The remote service of this conflict is gone</source>
        <translation>Le service distant de ce conflit n&apos;existe plus</translation>
    </message>
    <message>
        <source>Cannot read the replica&apos;s pull cursor</source>
        <translation>Impossible de lire la position de réception de la réplique</translation>
    </message>
    <message>
        <source>The hub did not answer a page of the push</source>
        <translation>Le hub n&apos;a pas répondu à une page de l&apos;envoi</translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON: %2</source>
        <translation>%1 a répondu avec du JSON mal formé : %2</translation>
    </message>
    <message>
        <source>%1 answered without a list of items</source>
        <translation>%1 a répondu sans liste d&apos;éléments</translation>
    </message>
    <message>
        <source>%1 answered with an item that is not an object</source>
        <translation>%1 a répondu avec un élément qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1 answered with a different ticket</source>
        <translation>%1 a répondu avec un autre ticket</translation>
    </message>
    <message>
        <source>RT answered a ticket create without the new ticket&apos;s id</source>
        <translation>RT a répondu à une création de ticket sans l&apos;identifiant du nouveau ticket</translation>
    </message>
    <message>
        <source>RT took the comment but does not list it on ticket %1</source>
        <translation>RT a accepté le commentaire mais ne l&apos;affiche pas sur le ticket %1</translation>
    </message>
    <message>
        <source>An RT token is needed</source>
        <translation>Un jeton RT est nécessaire</translation>
    </message>
    <message>
        <source>%1 does not answer like Request Tracker&apos;s REST2 API</source>
        <translation>%1 ne répond pas comme l&apos;API REST2 de Request Tracker</translation>
    </message>
    <message>
        <source>Request Tracker %1</source>
        <translation>Request Tracker %1</translation>
    </message>
    <message>
        <source>Request Tracker %1 as %2</source>
        <translation>Request Tracker %1 en tant que %2</translation>
    </message>
    <message>
        <source>%1; queues: %2</source>
        <translation>%1 ; files d&apos;attente : %2</translation>
    </message>
    <message>
        <source>The remote &quot;%1&quot; is not a Request Tracker</source>
        <translation>Le service distant &quot;%1&quot; n&apos;est pas un Request Tracker</translation>
    </message>
    <message>
        <source>The remote &quot;%1&quot; maps no RT queue to a group</source>
        <translation>Le service distant &quot;%1&quot; n&apos;associe aucune file d&apos;attente RT à un groupe</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot;: expected an object of names</source>
        <translation>Paramètre &quot;%1&quot; : un objet de noms est attendu</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot;: &quot;%2&quot; needs a name</source>
        <translation>Paramètre &quot;%1&quot; : &quot;%2&quot; nécessite un nom</translation>
    </message>
    <message>
        <source>Setting &quot;queues&quot;: a mapping needs an RT queue</source>
        <translation>Paramètre &quot;queues&quot; : une correspondance nécessite une file d&apos;attente RT</translation>
    </message>
    <message>
        <source>Setting &quot;queues&quot;: the queue &quot;%1&quot; needs a group</source>
        <translation>Paramètre &quot;queues&quot; : la file d&apos;attente &quot;%1&quot; nécessite un groupe</translation>
    </message>
    <message>
        <source>Setting &quot;queues&quot;: unknown kind &quot;%1&quot;</source>
        <translation>Paramètre &quot;queues&quot; : type &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>Setting &quot;urgencyToPriority&quot;: &quot;%1&quot; needs an RT priority from 0 to 99</source>
        <translation>Paramètre &quot;urgencyToPriority&quot; : &quot;%1&quot; nécessite une priorité RT de 0 à 99</translation>
    </message>
    <message>
        <source>Setting &quot;urgencyToPriority&quot;: map at least one level</source>
        <translation>Paramètre &quot;urgencyToPriority&quot; : associez au moins un niveau</translation>
    </message>
    <message>
        <source>RT listed a ticket without id or LastUpdated</source>
        <translation>RT a listé un ticket sans id ni LastUpdated</translation>
    </message>
    <message>
        <source>name: a remote service needs a name</source>
        <translation>name : un service distant doit avoir un nom</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>url : &quot;%1&quot; n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>url: put the user name in its own field, not in the address</source>
        <translation>url : indiquez le nom d&apos;utilisateur dans son propre champ, pas dans l&apos;adresse</translation>
    </message>
    <message>
        <source>name: a remote service named &quot;%1&quot; exists already</source>
        <translation>name : un service distant nommé &quot;%1&quot; existe déjà</translation>
    </message>
    <message>
        <source>No remote service with id %1</source>
        <translation>Aucun service distant avec l&apos;identifiant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçu</numerusform>
            <numerusform>%n reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed&apos;s ticket batch must hold at least one ticket (it is %1)</source>
        <translation>Un lot de tickets des données de démonstration doit contenir au moins un ticket (il en contient %1)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Cli</name>
    <message>
        <source>Option --as: no user with the login &quot;%1&quot;</source>
        <translation>Option --as&#xa0;: aucun utilisateur avec l&apos;identifiant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ServiceDeck command-line tool.</source>
        <translation>Outil en ligne de commande de ServiceDeck.</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH or postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>La base de données&#xa0;: sqlite:PATH ou postgresql://USER@HOST[:PORT]/DB.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Act as this user (default: admin).</source>
        <translation>Agir en tant que cet utilisateur (par défaut&#xa0;: admin).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>Option --format: &quot;%1&quot; is not text or json</source>
        <translation>Option --format&#xa0;: &quot;%1&quot; n&apos;est ni text ni json</translation>
    </message>
    <message>
        <source>No command given; see --help for the commands</source>
        <translation>Aucune commande indiquée&#xa0;; voir --help pour les commandes</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help for the commands</source>
        <translation>Commande &quot;%1&quot; inconnue&#xa0;; voir --help pour les commandes</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>La base de données %1 est prête (version de schéma %2).</translation>
    </message>
    <message>
        <source>Sort by fields, &apos;-&apos; for descending: priority,-updated.</source>
        <translation>Trier par champs, &apos;-&apos; pour l&apos;ordre décroissant&#xa0;: priority,-updated.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <source>At most this many tickets.</source>
        <translation>Au plus ce nombre de tickets.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>table, json or csv.</source>
        <translation>table, json ou csv.</translation>
    </message>
    <message>
        <source>query takes one expression; quote it as a whole</source>
        <translation>query accepte une seule expression&#xa0;; mettez-la entièrement entre guillemets</translation>
    </message>
    <message>
        <source>Option --format: &quot;%1&quot; is not table, json or csv</source>
        <translation>Option --format&#xa0;: &quot;%1&quot; n&apos;est ni table, ni json, ni csv</translation>
    </message>
    <message>
        <source>Option --limit: &quot;%1&quot; is not a count</source>
        <translation>Option --limit&#xa0;: &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Option --%1: &quot;%2&quot; is not a count</source>
        <translation>Option --%1&#xa0;: &quot;%2&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Incidents, requests and problems to make.</source>
        <translation>Nombre d&apos;incidents, de demandes et de problèmes à créer.</translation>
    </message>
    <message>
        <source>Configuration items to make.</source>
        <translation>Nombre d&apos;éléments de configuration à créer.</translation>
    </message>
    <message>
        <source>Changes to make.</source>
        <translation>Nombre de changements à créer.</translation>
    </message>
    <message>
        <source>Seed of the generator: same seed, same data.</source>
        <translation>Graine du générateur&#xa0;: même graine, mêmes données.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Last day of the history (default: today).</source>
        <translation>Dernier jour de l&apos;historique (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>seed takes options only</source>
        <translation>seed n&apos;accepte que des options</translation>
    </message>
    <message>
        <source>Option --until: &quot;%1&quot; is not an ISO date</source>
        <translation>Option --until&#xa0;: &quot;%1&quot; n&apos;est pas une date ISO</translation>
    </message>
    <message>
        <source>seed: %1 %2/%3</source>
        <translation>seed&#xa0;: %1 %2/%3</translation>
    </message>
    <message>
        <source>Seeded %1 tickets, %2 changes, %3 CIs with %4 relations, %5 users in %6 groups in %7 s.</source>
        <translation>Données générées&#xa0;: %1 tickets, %2 changements, %3 CI avec %4 relations, %5 utilisateurs dans %6 groupes en %7 s.</translation>
    </message>
    <message>
        <source>incident, request, problem or change.</source>
        <translation>incident, request, problem ou change.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Le titre.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Set a field; may be repeated.</source>
        <translation>Définir un champ&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>field=value</source>
        <translation>champ=valeur</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; fields go in --set F=V</source>
        <translation>Argument &quot;%1&quot; inattendu&#xa0;; les champs se passent avec --set F=V</translation>
    </message>
    <message>
        <source>ticket create needs --kind</source>
        <translation>ticket create nécessite --kind</translation>
    </message>
    <message>
        <source>Option --kind: &quot;%1&quot; is not incident, request, problem or change</source>
        <translation>Option --kind&#xa0;: &quot;%1&quot; n&apos;est ni incident, ni request, ni problem, ni change</translation>
    </message>
    <message>
        <source>ticket create needs --title</source>
        <translation>ticket create nécessite --title</translation>
    </message>
    <message>
        <source>usage: ticket show NUMBER</source>
        <translation>utilisation&#xa0;: ticket show NUMBER</translation>
    </message>
    <message>
        <source>usage: ticket update NUMBER FIELD=VALUE …</source>
        <translation>utilisation&#xa0;: ticket update NUMBER FIELD=VALUE …</translation>
    </message>
    <message>
        <source>Set a field with the step; may be repeated.</source>
        <translation>Définir un champ lors du changement d&apos;état&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>usage: ticket transition NUMBER STATE [--set F=V …]</source>
        <translation>utilisation&#xa0;: ticket transition NUMBER STATE [--set F=V …]</translation>
    </message>
    <message>
        <source>Only the service desk sees it.</source>
        <translation>Seul le centre de services le voit.</translation>
    </message>
    <message>
        <source>Time spent: makes it a worklog entry.</source>
        <translation>Temps passé&#xa0;: en fait une entrée du journal de travail.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>usage: ticket comment NUMBER TEXT [--internal] [--minutes M]</source>
        <translation>utilisation&#xa0;: ticket comment NUMBER TEXT [--internal] [--minutes M]</translation>
    </message>
    <message>
        <source>Option --minutes: &quot;%1&quot; is not a positive number of minutes</source>
        <translation>Option --minutes&#xa0;: &quot;%1&quot; n&apos;est pas un nombre de minutes positif</translation>
    </message>
    <message>
        <source>  SLA: %1, %2 left (%3 % used)
</source>
        <translation>  SLA&#xa0;: %1, reste %2 (%3 % utilisé)
</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>%1 %2 worked %3 min (%4)</source>
        <translation>%1 %2 a travaillé %3 min (%4)</translation>
    </message>
    <message>
        <source>%1 %2 commented (%3)</source>
        <translation>%1 %2 a commenté (%3)</translation>
    </message>
    <message>
        <source>Tickets the database should hold.</source>
        <translation>Nombre de tickets que la base de données doit contenir.</translation>
    </message>
    <message>
        <source>Option --tickets: &quot;%1&quot; is not a count</source>
        <translation>Option --tickets&#xa0;: &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text ou json.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… et %n autre erreur (non affichée)</numerusform>
            <numerusform>… et %n autres erreurs (non affichées)</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: cmdb import FILE.csv</source>
        <translation>utilisation&#xa0;: cmdb import FILE.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>cmdb import: %1 %2/%3</source>
        <translation>cmdb import&#xa0;: %1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s), nothing was imported</source>
        <translation>
            <numerusform>%1&#xa0;: %n erreur, rien n&apos;a été importé</numerusform>
            <numerusform>%1&#xa0;: %n erreurs, rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>Imported %1: %2 CIs created, %3 updated, %4 unchanged</source>
        <translation>%1 importé&#xa0;: %2 CI créés, %3 mis à jour, %4 inchangés</translation>
    </message>
    <message>
        <source>Imported %1: %2 relations created, %3 present already</source>
        <translation>%1 importé&#xa0;: %2 relations créées, %3 déjà présentes</translation>
    </message>
    <message numerus="yes">
        <source> (%n repeated row(s) written once)</source>
        <translation>
            <numerusform> (%n ligne répétée écrite une seule fois)</numerusform>
            <numerusform> (%n lignes répétées écrites une seule fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the relations instead of the CIs.</source>
        <translation>Exporter les relations au lieu des CI.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>Écrire dans ce fichier au lieu de stdout.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>usage: cmdb export [--relations] [-o FILE]</source>
        <translation>utilisation&#xa0;: cmdb export [--relations] [-o FILE]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 relations to %2.</source>
        <translation>%1 relations exportées vers %2.</translation>
    </message>
    <message>
        <source>Exported %1 CIs to %2.</source>
        <translation>%1 CI exportés vers %2.</translation>
    </message>
    <message>
        <source>usage: cmdb import|export|impact …</source>
        <translation>utilisation&#xa0;: cmdb import|export|impact …</translation>
    </message>
    <message>
        <source>Unknown cmdb command &quot;%1&quot;; use import, export or impact</source>
        <translation>Commande cmdb &quot;%1&quot; inconnue&#xa0;; utilisez import, export ou impact</translation>
    </message>
    <message>
        <source>down: what the CI needs; up: what needs the CI (default down).</source>
        <translation>down&#xa0;: ce dont le CI a besoin&#xa0;; up&#xa0;: ce qui a besoin du CI (par défaut&#xa0;: down).</translation>
    </message>
    <message>
        <source>up|down</source>
        <translation>up|down</translation>
    </message>
    <message>
        <source>Follow at most this many relations.</source>
        <translation>Suivre au plus ce nombre de relations.</translation>
    </message>
    <message>
        <source>usage: cmdb impact CI [--direction up|down] [--depth N] [--format json]</source>
        <translation>utilisation&#xa0;: cmdb impact CI [--direction up|down] [--depth N] [--format json]</translation>
    </message>
    <message>
        <source>Option --direction: &quot;%1&quot; is not up or down</source>
        <translation>Option --direction&#xa0;: &quot;%1&quot; n&apos;est ni up ni down</translation>
    </message>
    <message>
        <source>Option --depth: &quot;%1&quot; is not a count</source>
        <translation>Option --depth&#xa0;: &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>No configuration item &quot;%1&quot;</source>
        <translation>Aucun élément de configuration &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) reached</source>
        <translation>
            <numerusform>%n élément de configuration atteint</numerusform>
            <numerusform>%n éléments de configuration atteints</numerusform>
        </translation>
    </message>
    <message>
        <source>Option --%1: &quot;%2&quot; is not an ISO 8601 date or date-time</source>
        <translation>Option --%1&#xa0;: &quot;%2&quot; n&apos;est pas une date ni une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>Start of the range (ISO date), default today.</source>
        <translation>Début de la période (date ISO), par défaut aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>End of the range (ISO date, exclusive), default 90 days after the start.</source>
        <translation>Fin de la période (date ISO, exclue), par défaut 90 jours après le début.</translation>
    </message>
    <message>
        <source>changes conflicts takes no arguments, only options</source>
        <translation>changes conflicts n&apos;accepte aucun argument, seulement des options</translation>
    </message>
    <message>
        <source>Option --to: the range must end after it starts</source>
        <translation>Option --to&#xa0;: la période doit se terminer après son début</translation>
    </message>
    <message numerus="yes">
        <source>%n collision(s) among %1 changes from %2 to %3</source>
        <translation>
            <numerusform>%n collision parmi %1 changements du %2 au %3</numerusform>
            <numerusform>%n collisions parmi %1 changements du %2 au %3</numerusform>
        </translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>usage: changes ics [--from D --to D] [-o FILE]</source>
        <translation>utilisation&#xa0;: changes ics [--from D --to D] [-o FILE]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) of the change schedule from %1 to %2 to %3.</source>
        <translation>
            <numerusform>%n événement du calendrier des changements du %1 au %2 exporté vers %3.</numerusform>
            <numerusform>%n événements du calendrier des changements du %1 au %2 exportés vers %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>changes needs a subcommand: conflicts, ics</source>
        <translation>changes attend une sous-commande&#xa0;: conflicts, ics</translation>
    </message>
    <message>
        <source>changes: unknown subcommand &quot;%1&quot;; known: conflicts, ics</source>
        <translation>changes&#xa0;: sous-commande &quot;%1&quot; inconnue&#xa0;; connues&#xa0;: conflicts, ics</translation>
    </message>
    <message>
        <source>Measure only these groups: queues, cmdb, changes, calendar.</source>
        <translation>Ne mesurer que ces groupes&#xa0;: queues, cmdb, changes, calendar.</translation>
    </message>
    <message>
        <source>Plan every change in this month (yyyy-MM) instead of over the history.</source>
        <translation>Planifier tous les changements dans ce mois (aaaa-mm) au lieu de les répartir sur l&apos;historique.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Option --change-month: &quot;%1&quot; is not a month (yyyy-MM)</source>
        <translation>Option --change-month&#xa0;: &quot;%1&quot; n&apos;est pas un mois (aaaa-mm)</translation>
    </message>
    <message>
        <source>Measure sync against this empty PostgreSQL database, which it fills.</source>
        <translation>Mesurer la synchronisation avec cette base de données PostgreSQL vide, que le benchmark remplit.</translation>
    </message>
    <message>
        <source>Option --only: &quot;%1&quot; is not queues, cmdb, changes, calendar or sync</source>
        <translation>Option --only&#xa0;: &quot;%1&quot; n&apos;est ni queues, ni cmdb, ni changes, ni calendar, ni sync</translation>
    </message>
    <message>
        <source>The sync benchmark needs --hub URL</source>
        <translation>Le benchmark de synchronisation nécessite --hub URL</translation>
    </message>
    <message>
        <source>Option --hub: the sync benchmark fills the hub with its own data; give it an empty database</source>
        <translation>Option --hub&#xa0;: le benchmark de synchronisation remplit le hub avec ses propres données&#xa0;; indiquez une base de données vide</translation>
    </message>
    <message>
        <source>The replica has no admin user</source>
        <translation>La réplique n&apos;a pas d&apos;utilisateur admin</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>Aucun conflit non résolu</translation>
    </message>
    <message>
        <source>base: %1 | local: %2 | remote: %3</source>
        <translation>origine&#xa0;: %1 | local&#xa0;: %2 | remote&#xa0;: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>local, remote or value=V.</source>
        <translation>local, remote ou value=V.</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>usage: conflicts resolve ID --take local|remote|value=V</source>
        <translation>utilisation&#xa0;: conflicts resolve ID --take local|remote|value=V</translation>
    </message>
    <message>
        <source>Option --take: &quot;%1&quot; is not local, remote or value=V</source>
        <translation>Option --take&#xa0;: &quot;%1&quot; n&apos;est ni local, ni remote, ni value=V</translation>
    </message>
    <message>
        <source>Resolved; the resolution syncs with the next sync</source>
        <translation>Résolu&#xa0;; la résolution sera transmise lors de la prochaine synchronisation</translation>
    </message>
    <message>
        <source>The hub: postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>Le hub&#xa0;: postgresql://USER@HOST[:PORT]/DB.</translation>
    </message>
    <message>
        <source>usage: sync --hub URL (the replica is --db)</source>
        <translation>utilisation&#xa0;: sync --hub URL (la réplique est --db)</translation>
    </message>
    <message>
        <source>sync: %1</source>
        <translation>sync&#xa0;: %1</translation>
    </message>
    <message>
        <source>sync: downloaded %1 of %2 records</source>
        <translation>sync&#xa0;: %1 enregistrements téléchargés sur %2</translation>
    </message>
    <message>
        <source>Downloaded %1, pushed %2, pulled %3; %4 open conflicts</source>
        <translation>Téléchargés&#xa0;: %1, envoyés&#xa0;: %2, reçus&#xa0;: %3&#xa0;; conflits non résolus&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision: see conflicts list</source>
        <translation>
            <numerusform>%n conflit demande une décision&#xa0;: voir conflicts list</numerusform>
            <numerusform>%n conflits demandent une décision&#xa0;: voir conflicts list</numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts needs list or resolve, not &quot;%1&quot;</source>
        <translation>conflicts attend list ou resolve, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>usage: ticket delete NUMBER</source>
        <translation>utilisation&#xa0;: ticket delete NUMBER</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>ticket needs create, show, update, transition, comment or delete, not &quot;%1&quot;</source>
        <translation>ticket attend create, show, update, transition, comment ou delete, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is not a CalDAV calendar; choose another --name</source>
        <translation>Le service distant &quot;%1&quot; n&apos;est pas un calendrier CalDAV&#xa0;; choisissez un autre --name</translation>
    </message>
    <message>
        <source>The calendar collection&apos;s URL.</source>
        <translation>L&apos;URL de la collection de calendrier.</translation>
    </message>
    <message>
        <source>The user name for basic authentication; the password is read from %1.</source>
        <translation>Le nom d&apos;utilisateur pour l&apos;authentification basic&#xa0;; le mot de passe est lu dans %1.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Start of the range (ISO date), default 30 days before today.</source>
        <translation>Début de la période (date ISO), par défaut 30 jours avant aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>End of the range (ISO date, exclusive), default 180 days after today.</source>
        <translation>Fin de la période (date ISO, exclue), par défaut 180 jours après aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The remote&apos;s name, default host:port/path.</source>
        <translation>Le nom du service distant, par défaut host:port/path.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Usage: remote publish caldav --url URL [--user U] [--from D --to D] [--name N]</source>
        <translation>Utilisation&#xa0;: remote publish caldav --url URL [--user U] [--from D --to D] [--name N]</translation>
    </message>
    <message>
        <source>Option --url: &quot;%1&quot; is not an http or https URL</source>
        <translation>Option --url&#xa0;: &quot;%1&quot; n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>Option --url: give the user with --user and the password in %1, not in the URL</source>
        <translation>Option --url&#xa0;: indiquez l&apos;utilisateur avec --user et le mot de passe dans %1, pas dans l&apos;URL</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither</source>
        <translation>Indiquez à la fois --from et --to, ou aucun des deux</translation>
    </message>
    <message>
        <source>Published to %1: %2 created, %3 updated, %4 deleted, %5 unchanged, %6 errors</source>
        <translation>Publié dans %1&#xa0;: créés&#xa0;: %2, mis à jour&#xa0;: %3, supprimés&#xa0;: %4, inchangés&#xa0;: %5, erreurs&#xa0;: %6</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) could not be published; the remote&apos;s errors say why</source>
        <translation>
            <numerusform>%n ressource n&apos;a pas pu être publiée&#xa0;; les erreurs du service distant en indiquent la raison</numerusform>
            <numerusform>%n ressources n&apos;ont pas pu être publiées&#xa0;; les erreurs du service distant en indiquent la raison</numerusform>
        </translation>
    </message>
    <message>
        <source>Option --group: there is no support group to map the RT queue &quot;%1&quot; to</source>
        <translation>Option --group&#xa0;: il n&apos;existe aucun groupe de support auquel associer la file d&apos;attente RT &quot;%1&quot;</translation>
    </message>
    <message>
        <source>RT&apos;s base URL.</source>
        <translation>L&apos;URL de base de RT.</translation>
    </message>
    <message>
        <source>An RT auth token.</source>
        <translation>Un jeton d&apos;authentification RT.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>The RT queue to exchange (default General).</source>
        <translation>La file d&apos;attente RT à échanger (par défaut General).</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The support group its tickets belong to.</source>
        <translation>Le groupe de support auquel appartiennent ses tickets.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>The kind of ticket RT&apos;s tickets become (default incident).</source>
        <translation>Le type de ticket que deviennent les tickets de RT (par défaut incident).</translation>
    </message>
    <message>
        <source>The remote&apos;s name (default: the URL&apos;s host:port).</source>
        <translation>Le nom du service distant (par défaut&#xa0;: host:port de l&apos;URL).</translation>
    </message>
    <message>
        <source>usage: remote sync rt --url URL --token T [--queue Q] [--group G] [--kind K] [--name N]</source>
        <translation>utilisation&#xa0;: remote sync rt --url URL --token T [--queue Q] [--group G] [--kind K] [--name N]</translation>
    </message>
    <message>
        <source>Option --kind: unknown kind &quot;%1&quot;</source>
        <translation>Option --kind&#xa0;: type &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>The remote &quot;%1&quot; is not a Request Tracker</source>
        <translation>Le service distant &quot;%1&quot; n&apos;est pas un Request Tracker</translation>
    </message>
    <message>
        <source>%1: pushed %2, created %3 in RT, pulled %4, unchanged %5; %6 open conflicts</source>
        <translation>%1&#xa0;: envoyés&#xa0;: %2, créés dans RT&#xa0;: %3, reçus&#xa0;: %4, inchangés&#xa0;: %5&#xa0;; conflits non résolus&#xa0;: %6</translation>
    </message>
    <message>
        <source>usage: remote sync rt --url URL --token T [--queue Q] [--group G] [--kind K] [--name N] | remote publish caldav --url URL [--user U] [--from D --to D] [--name N]</source>
        <translation>utilisation&#xa0;: remote sync rt --url URL --token T [--queue Q] [--group G] [--kind K] [--name N] | remote publish caldav --url URL [--user U] [--from D --to D] [--name N]</translation>
    </message>
    <message>
        <source>Commands:
  init                          create or upgrade the database schema
  seed --tickets N --cis N --changes N [--random-seed S] [--until D]
       [--change-month YYYY-MM]
                                fill the database with demo data
  query [EXPR] [--sort F,-F] [--limit N] [--format table|json|csv]
  ticket create --kind K --title T [--set F=V …]
  ticket show NUMBER
  ticket update NUMBER F=V …
  ticket transition NUMBER STATE [--set F=V …]
  ticket comment NUMBER TEXT [--internal] [--minutes M]
  ticket delete NUMBER          delete a ticket (administrators)
  cmdb import FILE.csv          import CIs or relations from CSV
  cmdb export [--relations] [-o FILE]
                                the CIs (or relations) as CSV
  cmdb impact CI [--direction up|down] [--depth N] [--format json]
                                what a CI&apos;s outage reaches
  changes conflicts [--from D --to D] [--format json]
                                collisions in the change schedule
  changes ics [--from D --to D] [-o FILE]
                                the change schedule as iCalendar
  sync --hub URL                push the outbox and pull the hub&apos;s changes
                                into the replica named by --db
  sync prune [--keep-days N]    drop a hub&apos;s change feed older than N days
  conflicts list                what a sync could not merge
  conflicts resolve ID --take local|remote|value=V
  remote sync rt --url URL --token T [--queue Q] [--group G]
                                exchange tickets with a Request Tracker
  remote publish caldav --url URL [--user U] [--from D --to D]
                                publish the change schedule to a calendar
                                (password in SERVICEDECK_CALDAV_PASSWORD)
  bench [--tickets N] [--only queues,cmdb,changes,calendar]
                                queue, CMDB, change schedule and calendar benchmarks
</source>
        <translation>Commandes&#xa0;:
  init                          créer ou mettre à niveau le schéma de la base de données
  seed --tickets N --cis N --changes N [--random-seed S] [--until D]
       [--change-month YYYY-MM]
                                remplir la base de données avec des données de démonstration
  query [EXPR] [--sort F,-F] [--limit N] [--format table|json|csv]
  ticket create --kind K --title T [--set F=V …]
  ticket show NUMBER
  ticket update NUMBER F=V …
  ticket transition NUMBER STATE [--set F=V …]
  ticket comment NUMBER TEXT [--internal] [--minutes M]
  ticket delete NUMBER          supprimer un ticket (administrateurs)
  cmdb import FILE.csv          importer des CI ou des relations depuis un fichier CSV
  cmdb export [--relations] [-o FILE]
                                exporter les CI (ou les relations) au format CSV
  cmdb impact CI [--direction up|down] [--depth N] [--format json]
                                ce que touche la panne d&apos;un CI
  changes conflicts [--from D --to D] [--format json]
                                collisions dans le calendrier des changements
  changes ics [--from D --to D] [-o FILE]
                                exporter le calendrier des changements au format iCalendar
  sync --hub URL                envoyer les modifications locales et récupérer celles du hub
                                dans la réplique désignée par --db
  sync prune [--keep-days N]    purger le flux de modifications d&apos;un hub de plus de N jours
  conflicts list                ce qu&apos;une synchronisation n&apos;a pas pu fusionner
  conflicts resolve ID --take local|remote|value=V
  remote sync rt --url URL --token T [--queue Q] [--group G]
                                échanger des tickets avec un Request Tracker
  remote publish caldav --url URL [--user U] [--from D --to D]
                                publier le calendrier des changements dans un calendrier
                                (mot de passe dans SERVICEDECK_CALDAV_PASSWORD)
  bench [--tickets N] [--only queues,cmdb,changes,calendar]
                                benchmarks des files d&apos;attente, de la CMDB, du calendrier des changements et des vues du calendrier
</translation>
    </message>
    <message>
        <source>Keep the changes of the last N days (default 90).</source>
        <translation>Conserver les modifications des N derniers jours (90 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>usage: sync prune [--keep-days N] (the hub is --db; N a whole number of days, 0 or more)</source>
        <translation>utilisation : sync prune [--keep-days N] (le hub est --db ; N un nombre entier de jours, 0 ou plus)</translation>
    </message>
    <message>
        <source>Only a hub (a PostgreSQL database) has a change feed to prune: %1</source>
        <translation>Seul un hub (une base PostgreSQL) a un flux de modifications à purger : %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n change feed row(s) older than %1 days</source>
        <translation>
            <numerusform>%n entrée du flux de modifications de plus de %1 jours supprimée</numerusform>
            <numerusform>%n entrées du flux de modifications de plus de %1 jours supprimées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Connectors::CalDav</name>
    <message>
        <source>%1 refused the user name &quot;%2&quot; or its password (401)</source>
        <translation>%1 a refusé le nom d&apos;utilisateur &quot;%2&quot; ou son mot de passe (401)</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may not do this on %2 (403)</source>
        <translation>L&apos;utilisateur &quot;%1&quot; n&apos;est pas autorisé à faire cela sur %2 (403)</translation>
    </message>
    <message>
        <source>%1 is not a calendar collection</source>
        <translation>%1 n&apos;est pas une collection de calendrier</translation>
    </message>
    <message>
        <source>%1 is gone right after it was written</source>
        <translation>%1 a disparu juste après avoir été écrit</translation>
    </message>
    <message>
        <source>%1 was changed on the server since the last publish; it is deleted on the next publish</source>
        <translation>%1 a été modifié sur le serveur depuis la dernière publication ; il sera supprimé à la prochaine publication</translation>
    </message>
    <message>
        <source>%1 was changed or removed on the server since the last publish; it is published again on the next publish</source>
        <translation>%1 a été modifié ou supprimé sur le serveur depuis la dernière publication ; il sera republié à la prochaine publication</translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot; found with %2 entries</source>
        <translation>Calendrier &quot;%1&quot; trouvé avec %2 entrées</translation>
    </message>
    <message>
        <source>%1 does not exist yet: the first publish creates it</source>
        <translation>%1 n&apos;existe pas encore : la première publication le créera</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is not a CalDAV calendar</source>
        <translation>Le service distant &quot;%1&quot; n&apos;est pas un calendrier CalDAV</translation>
    </message>
    <message>
        <source>The range to publish must end after it starts</source>
        <translation>La période à publier doit se terminer après son début</translation>
    </message>
    <message>
        <source>CalDAV setting &quot;%1&quot; must be a whole number of days from 0 to %2</source>
        <translation>Le paramètre CalDAV &quot;%1&quot; doit être un nombre entier de jours de 0 à %2</translation>
    </message>
    <message>
        <source>CalDAV setting &quot;%1&quot; must be text</source>
        <translation>Le paramètre CalDAV &quot;%1&quot; doit être du texte</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Calendrier des changements</translation>
    </message>
    <message>
        <source>CalDAV settings &quot;daysBack&quot; and &quot;daysAhead&quot; are both 0: the range to publish would be empty</source>
        <translation>Les paramètres CalDAV &quot;daysBack&quot; et &quot;daysAhead&quot; valent tous deux 0 : la période à publier serait vide</translation>
    </message>
    <message>
        <source>%1 did not say the ETag of the resource</source>
        <translation>%1 n&apos;a pas indiqué l&apos;ETag de la ressource</translation>
    </message>
    <message>
        <source>The reply of %1 is not a WebDAV multistatus document</source>
        <translation>La réponse de %1 n&apos;est pas un document WebDAV multistatus</translation>
    </message>
    <message>
        <source>The reply of %1 is malformed XML at line %2: %3</source>
        <translation>La réponse de %1 est du XML mal formé à la ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Connectors::Http</name>
    <message>
        <source>The reply from %1 is not valid JSON: %2 at offset %3.</source>
        <translation>La réponse de %1 n&apos;est pas du JSON valide : %2 à la position %3.</translation>
    </message>
    <message>
        <source>The reply from %1 is a JSON array where an object was expected.</source>
        <translation>La réponse de %1 est un tableau JSON là où un objet était attendu.</translation>
    </message>
    <message>
        <source>The reply from %1 is a JSON object where an array was expected.</source>
        <translation>La réponse de %1 est un objet JSON là où un tableau était attendu.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates file %1: %2</source>
        <translation>Impossible de lire le fichier de certificats CA %1 : %2</translation>
    </message>
    <message>
        <source>The CA certificates file %1 holds no PEM certificate.</source>
        <translation>Le fichier de certificats CA %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the reply is larger than the limit of %2 bytes.</source>
        <translation>%1 : la réponse dépasse la limite de %2 octets.</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 failed: %3</source>
        <translation>%1 : la connexion sécurisée à %2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1: the server redirects to another site or in a loop.</source>
        <translation>%1 : le serveur redirige vers un autre site ou en boucle.</translation>
    </message>
    <message>
        <source>%1: nothing received for %2 ms (%3).</source>
        <translation>%1 : rien reçu pendant %2 ms (%3).</translation>
    </message>
    <message>
        <source>%1: the connection closed after %2 of %3 bytes of the reply (%4).</source>
        <translation>%1 : la connexion a été fermée après %2 octets sur %3 de la réponse (%4).</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1 : %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the server replied %2 %3 (%4).</source>
        <translation>%1 : le serveur a répondu %2 %3 (%4).</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Main</name>
    <message>
        <source>ServiceDeck</source>
        <translation>ServiceDeck</translation>
    </message>
    <message>
        <source>Desktop client for IT service management.</source>
        <translation>Client de bureau pour la gestion des services informatiques.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see servicedeck --help</source>
        <translation>Argument &quot;%1&quot; inattendu&#xa0;; voir servicedeck --help</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Option --as: there is no active user &quot;%1&quot;</source>
        <translation>Option --as&#xa0;: il n&apos;existe aucun utilisateur actif &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Choose Another Connection…</source>
        <translation>Choisir une autre connexion…</translation>
    </message>
    <message>
        <source>Downloading the replica from the hub…</source>
        <translation>Téléchargement de la réplique depuis le hub…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Downloading the replica from the hub: %1 of %2 records</source>
        <translation>Téléchargement de la réplique depuis le hub&#xa0;: %1 enregistrements sur %2</translation>
    </message>
    <message>
        <source>The first download of the replica did not finish: %1
It goes on where it stopped at the next start.</source>
        <translation>Le premier téléchargement de la réplique ne s&apos;est pas terminé&#xa0;: %1
Il reprendra là où il s&apos;est arrêté au prochain démarrage.</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;</source>
        <translation>Il n&apos;existe aucun utilisateur actif &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Open the database at URL: sqlite:PATH (standalone, or the local replica with --hub) or postgresql://USER@HOST[:PORT]/DBNAME (direct).</source>
        <translation>Ouvrir la base de données à l&apos;URL&#xa0;: sqlite:PATH (autonome, ou la réplique locale avec --hub) ou postgresql://USER@HOST[:PORT]/DBNAME (direct).</translation>
    </message>
    <message>
        <source>Work offline on the replica --db and sync it with the PostgreSQL hub at URL (cached mode).</source>
        <translation>Travailler hors ligne sur la réplique --db et la synchroniser avec le hub PostgreSQL à l&apos;URL (mode en cache).</translation>
    </message>
    <message>
        <source>Start with the connection profile NAME (default: the default profile).</source>
        <translation>Démarrer avec le profil de connexion NAME (par défaut&#xa0;: le profil par défaut).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Work as the user LOGIN (default: the profile&apos;s user, else admin).</source>
        <translation>Travailler en tant qu&apos;utilisateur LOGIN (par défaut&#xa0;: l&apos;utilisateur du profil, sinon admin).</translation>
    </message>
    <message>
        <source>Option --profile cannot be combined with --db or --hub</source>
        <translation>L&apos;option --profile ne peut pas être combinée avec --db ni avec --hub</translation>
    </message>
    <message>
        <source>Option --profile: there is no connection profile &quot;%1&quot;</source>
        <translation>Option --profile&#xa0;: il n&apos;existe aucun profil de connexion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Option --hub needs --db sqlite:PATH, the local replica</source>
        <translation>L&apos;option --hub nécessite --db sqlite:PATH, la réplique locale</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::MainWindow</name>
    <message>
        <source>ServiceDeck</source>
        <translation>ServiceDeck</translation>
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
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit ServiceDeck</source>
        <translation>Quitter ServiceDeck</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About ServiceDeck</source>
        <translation>&amp;À propos de ServiceDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>ServiceDeck — %1</source>
        <translation>ServiceDeck — %1</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>La base de données ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>About ServiceDeck</source>
        <translation>À propos de ServiceDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ServiceDeck %1&lt;/h3&gt;&lt;p&gt;A desktop client for IT service management: incidents, service requests, problems and changes.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ServiceDeck %1&lt;/h3&gt;&lt;p&gt;Un client de bureau pour la gestion des services informatiques&#xa0;: incidents, demandes de service, problèmes et changements.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Ticket</source>
        <translation>&amp;Nouveau ticket</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>Create a new incident</source>
        <translation>Créer un nouvel incident</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Service &amp;Request</source>
        <translation>&amp;Demande de service</translation>
    </message>
    <message>
        <source>Create a new service request</source>
        <translation>Créer une nouvelle demande de service</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problème</translation>
    </message>
    <message>
        <source>Create a new problem</source>
        <translation>Créer un nouveau problème</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Changement</translation>
    </message>
    <message>
        <source>Create a new change</source>
        <translation>Créer un nouveau changement</translation>
    </message>
    <message>
        <source>Save Filter as &amp;Queue…</source>
        <translation>Enregistrer le filtre comme &amp;file d&apos;attente…</translation>
    </message>
    <message>
        <source>Save the current filter as one of your queues</source>
        <translation>Enregistrer le filtre actuel comme l&apos;une de vos files d&apos;attente</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Type a filter for the queue</source>
        <translation>Saisir un filtre pour la file d&apos;attente</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Read the queue and its counts again from the database</source>
        <translation>Relire la file d&apos;attente et ses compteurs depuis la base de données</translation>
    </message>
    <message>
        <source>&amp;Open Ticket</source>
        <translation>&amp;Ouvrir le ticket</translation>
    </message>
    <message>
        <source>Open the chosen ticket below the queue</source>
        <translation>Ouvrir le ticket choisi sous la file d&apos;attente</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Assigner à…</translation>
    </message>
    <message>
        <source>Assign the selected tickets to a person</source>
        <translation>Assigner les tickets sélectionnés à une personne</translation>
    </message>
    <message>
        <source>&amp;Move to State…</source>
        <translation>&amp;Changer d&apos;état…</translation>
    </message>
    <message>
        <source>Move the selected tickets to another state</source>
        <translation>Faire passer les tickets sélectionnés à un autre état</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Open Ticket</source>
        <translation>Ouvrir le ticket</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>F&amp;iles d&apos;attente</translation>
    </message>
    <message>
        <source>Show the chosen queue of tickets</source>
        <translation>Afficher la file d&apos;attente de tickets choisie</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Configuration Items</source>
        <translation>Éléments de &amp;configuration</translation>
    </message>
    <message>
        <source>Browse the configuration items: classes, services, relations and impact</source>
        <translation>Parcourir les éléments de configuration&#xa0;: classes, services, relations et impact</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Import Configuration Items…</source>
        <translation>&amp;Importer des éléments de configuration…</translation>
    </message>
    <message>
        <source>Import configuration items and their relations from a CSV file</source>
        <translation>Importer des éléments de configuration et leurs relations depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Change &amp;Calendar</source>
        <translation>Ca&amp;lendrier des changements</translation>
    </message>
    <message>
        <source>Show the change calendar: month, week and timeline, with collisions and freezes</source>
        <translation>Afficher le calendrier des changements&#xa0;: mois, semaine et chronologie, avec les collisions et les périodes de gel</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Changements</translation>
    </message>
    <message>
        <source>Export Schedule as &amp;iCalendar…</source>
        <translation>Exporter le calendrier au format &amp;iCalendar…</translation>
    </message>
    <message>
        <source>Save the changes and freezes of the calendar&apos;s range (or the next 90 days) as an iCalendar file</source>
        <translation>Enregistrer les changements et les périodes de gel de la plage affichée du calendrier (ou des 90 prochains jours) dans un fichier iCalendar</translation>
    </message>
    <message>
        <source>Export Schedule as &amp;PDF…</source>
        <translation>Exporter le calendrier en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the forward schedule of change for the CAB meeting as a PDF file</source>
        <translation>Enregistrer le calendrier prévisionnel des changements pour la réunion du CAB dans un fichier PDF</translation>
    </message>
    <message>
        <source>P&amp;rint Schedule…</source>
        <translation>Imp&amp;rimer le calendrier…</translation>
    </message>
    <message>
        <source>Print the forward schedule of change: risk, CIs, approvals and collisions</source>
        <translation>Imprimer le calendrier prévisionnel des changements&#xa0;: risque, CI, approbations et collisions</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Freezes and Maintenance Windows…</source>
        <translation>&amp;Périodes de gel et fenêtres de maintenance…</translation>
    </message>
    <message>
        <source>Manage change freezes and the weekly maintenance windows of services</source>
        <translation>Gérer les périodes de gel et les fenêtres de maintenance hebdomadaires des services</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Connection profiles, user, language, appearance, SLA and window layout</source>
        <translation>Profils de connexion, utilisateur, langue, apparence, SLA et disposition des fenêtres</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Show the dashboard: open tickets, backlog, SLA compliance, changes and resolution times</source>
        <translation>Afficher le tableau de bord&#xa0;: tickets ouverts, backlog, respect des SLA, changements et délais de résolution</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send the waiting changes to the hub and fetch its news</source>
        <translation>Envoyer les modifications en attente au hub et récupérer ses nouveautés</translation>
    </message>
    <message>
        <source>Sync &amp;Status…</source>
        <translation>É&amp;tat de la synchronisation…</translation>
    </message>
    <message>
        <source>Remote Services</source>
        <translation>Services distants</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Creates an incident; the arrow (or Alt+Down) offers the other kinds</source>
        <translation>Crée un incident&#xa0;; la flèche (ou Alt+Down) propose les autres types</translation>
    </message>
    <message>
        <source>&amp;Remote Services…</source>
        <translation>Services &amp;distants…</translation>
    </message>
    <message>
        <source>Request Tracker and calendar exchanges: last sync, errors, Sync Now</source>
        <translation>Échanges avec Request Tracker et les calendriers&#xa0;: dernière synchronisation, erreurs, Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Tickets in the queue</source>
        <translation>Tickets de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Base de données ouverte</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::CiLabels</name>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En production</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::CiListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::CiRelationsModel</name>
    <message>
        <source>Outgoing %1 relation</source>
        <translation>Relation %1 sortante</translation>
    </message>
    <message>
        <source>Incoming %1 relation</source>
        <translation>Relation %1 entrante</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Élément de configuration</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::CiTreeModel</name>
    <message>
        <source>By class</source>
        <translation>Par classe</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::ImpactModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>Atteint par</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::NavigationModel</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Incidents, service requests, problems and changes</source>
        <translation>Incidents, demandes de service, problèmes et changements</translation>
    </message>
    <message>
        <source>All active tickets</source>
        <translation>Tous les tickets actifs</translation>
    </message>
    <message>
        <source>Tickets of every kind that still need work</source>
        <translation>Tickets de tout type encore à traiter</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation>Incidents actifs</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Demandes de service</translation>
    </message>
    <message>
        <source>Active service requests</source>
        <translation>Demandes de service actives</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Problèmes actifs</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Active changes</source>
        <translation>Changements actifs</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
    <message>
        <source>Every ticket, including resolved and closed ones</source>
        <translation>Tous les tickets, y compris les résolus et les clôturés</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::QueueModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Échéance de résolution</translation>
    </message>
    <message>
        <source>SLA left</source>
        <translation>SLA restant</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Aucun SLA</translation>
    </message>
    <message>
        <source>Resolution due in %1, SLA on track (%2 % used)</source>
        <translation>Résolution attendue dans %1, SLA respecté (%2 % utilisés)</translation>
    </message>
    <message>
        <source>Resolution due in %1, SLA at risk (%2 % used)</source>
        <translation>Résolution attendue dans %1, SLA à risque (%2 % utilisés)</translation>
    </message>
    <message>
        <source>Resolution overdue by %1, SLA breached</source>
        <translation>Résolution en retard de %1, SLA dépassé</translation>
    </message>
    <message>
        <source>SLA paused, %1 left (%2 % used)</source>
        <translation>SLA en pause, %1 restant (%2 % utilisés)</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Aucune priorité</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorité %1</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::TicketListModel</name>
    <message>
        <source>reading tickets</source>
        <translation>lecture des tickets</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ActivityPage</name>
    <message>
        <source>Comments and worklog</source>
        <translation>Commentaires et journal de travail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Write a comment; with time spent it becomes a worklog entry</source>
        <translation>Écrivez un commentaire&#xa0;; avec du temps passé, il devient une entrée du journal de travail</translation>
    </message>
    <message>
        <source>&amp;Internal (not shown to the requester)</source>
        <translation>&amp;Interne (non visible par le demandeur)</translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation>Commentaire interne</translation>
    </message>
    <message>
        <source>Time &amp;spent:</source>
        <translation>&amp;Temps passé&#xa0;:</translation>
    </message>
    <message>
        <source>Time spent in minutes</source>
        <translation>Temps passé en minutes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Save the ticket first to add comments</source>
        <translation>Enregistrez d&apos;abord le ticket pour ajouter des commentaires</translation>
    </message>
    <message numerus="yes">
        <source>Worklog, %n min</source>
        <translation>
            <numerusform>Journal de travail, %n min</numerusform>
            <numerusform>Journal de travail, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>New c&amp;omment:</source>
        <translation>Nouveau c&amp;ommentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ApprovalsPage</name>
    <message>
        <source>Approval state</source>
        <translation>État de l&apos;approbation</translation>
    </message>
    <message>
        <source>Approvals given and needed</source>
        <translation>Approbations obtenues et requises</translation>
    </message>
    <message>
        <source>Why the change has this approval state</source>
        <translation>Pourquoi le changement a cet état d&apos;approbation</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Sollicité</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Re&amp;quest Approvers…</source>
        <translation>Solliciter des appro&amp;bateurs…</translation>
    </message>
    <message>
        <source>Request approvers</source>
        <translation>Solliciter des approbateurs</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Approu&amp;ver…</translation>
    </message>
    <message>
        <source>Approve the change</source>
        <translation>Approuver le changement</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>Reject the change</source>
        <translation>Rejeter le changement</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>%1 (void)</source>
        <translation>%1 (invalidé)</translation>
    </message>
    <message>
        <source>Void: the plan or the window changed after this decision</source>
        <translation>Invalidé&#xa0;: le plan ou la fenêtre a changé après cette décision</translation>
    </message>
    <message>
        <source>Save the change before asking for approval.</source>
        <translation>Enregistrez le changement avant de demander une approbation.</translation>
    </message>
    <message>
        <source>Approvals: %1 of %2 needed</source>
        <translation>Approbations&#xa0;: %1 sur %2 requises</translation>
    </message>
    <message>
        <source>Save the change first</source>
        <translation>Enregistrez d&apos;abord le changement</translation>
    </message>
    <message>
        <source>A standard change is pre-approved; it needs no CAB decision</source>
        <translation>Un changement standard est pré-approuvé&#xa0;; il ne nécessite aucune décision du CAB</translation>
    </message>
    <message>
        <source>Ask members of the change advisory board for a decision</source>
        <translation>Demander une décision aux membres du comité consultatif des changements (CAB)</translation>
    </message>
    <message>
        <source>Request Approvers for %1</source>
        <translation>Solliciter des approbateurs pour %1</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ApproverDialog</name>
    <message>
        <source>Request Approvers</source>
        <translation>Solliciter des approbateurs</translation>
    </message>
    <message>
        <source>Members of the change advisory board (the cab role) to ask for a decision:</source>
        <translation>Membres du comité consultatif des changements (rôle cab) à qui demander une décision&#xa0;:</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Approbateurs</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solliciter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Asked already; the request is still open</source>
        <translation>Déjà sollicité&#xa0;; la demande est toujours ouverte</translation>
    </message>
    <message>
        <source>Nobody holds the cab role. An administrator gives it to the members of the change advisory board.</source>
        <translation>Personne n&apos;a le rôle cab. Un administrateur l&apos;attribue aux membres du comité consultatif des changements.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::AttributeEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>A number, e.g. 16</source>
        <translation>Un nombre, p. ex. 16</translation>
    </message>
    <message>
        <source>A date: yyyy-mm-dd</source>
        <translation>Une date&#xa0;: aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Name of a configuration item</source>
        <translation>Nom d&apos;un élément de configuration</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>Erreur dans %1</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <translation>%1 *&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::BulkTicketUpdate</name>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n ticket modifié.</numerusform>
            <numerusform>%n tickets modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) refused:</source>
        <translation>
            <numerusform>%n ticket refusé&#xa0;:</numerusform>
            <numerusform>%n tickets refusés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarLegend</name>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque&#xa0;:</translation>
    </message>
    <message>
        <source>Collision</source>
        <translation>Collision</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Période de gel</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Show a month as a grid of days</source>
        <translation>Afficher un mois sous forme de grille de jours</translation>
    </message>
    <message>
        <source>Show a week with its hours</source>
        <translation>Afficher une semaine avec ses heures</translation>
    </message>
    <message>
        <source>Show a month as a timeline per configuration item or service</source>
        <translation>Afficher un mois sous forme de chronologie par élément de configuration ou par service</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Show the previous month or week</source>
        <translation>Afficher le mois ou la semaine précédents</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Afficher aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Show the next month or week</source>
        <translation>Afficher le mois ou la semaine suivants</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Show more detail</source>
        <translation>Afficher plus de détails</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show more at once</source>
        <translation>Afficher plus d&apos;éléments à la fois</translation>
    </message>
    <message>
        <source>Timeline rows</source>
        <translation>Lignes de la chronologie</translation>
    </message>
    <message>
        <source>Rows per CI</source>
        <translation>Une ligne par CI</translation>
    </message>
    <message>
        <source>Rows per service</source>
        <translation>Une ligne par service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Tous les risques</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>The change schedule could not be read: %1</source>
        <translation>Le calendrier des changements n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1</source>
        <translation>
            <numerusform>%1&#xa0;: %n changement</numerusform>
            <numerusform>%1&#xa0;: %n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Semaine %1&#xa0;: %2 – %3</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarSchedule</name>
    <message>
        <source>The change is no longer in the calendar.</source>
        <translation>Le changement n&apos;est plus dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarStyle</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>aucun type</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and title of a change</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a time range on one day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a time range over days</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>State: %1 · Type: %2 · Risk: %3</source>
        <translation>État&#xa0;: %1 · Type&#xa0;: %2 · Risque&#xa0;: %3</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarView</name>
    <message>
        <source>No collisions</source>
        <translation>Aucune collision</translation>
    </message>
    <message>
        <source>Collisions</source>
        <translation>Collisions</translation>
    </message>
    <message>
        <source>Move into a Freeze</source>
        <translation>Déplacer dans une période de gel</translation>
    </message>
    <message>
        <source>%1 would run during a freeze at %2:

%3

Move it anyway?</source>
        <translation>%1 se déroulerait pendant une période de gel (%2)&#xa0;:

%3

Le déplacer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>%1 was not moved</source>
        <translation>%1 n&apos;a pas été déplacé</translation>
    </message>
    <message>
        <source>Move Change</source>
        <translation>Déplacer le changement</translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>%1 n&apos;a pas pu être déplacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1 déplacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; state: %2; risk: %3</source>
        <translation>%1&#xa0;; état&#xa0;: %2&#xa0;; risque&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n collision(s), at least one an error</source>
        <translation>
            <numerusform>%n collision, classée comme erreur</numerusform>
            <numerusform>%n collisions, dont au moins une classée comme erreur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collision(s)</source>
        <translation>
            <numerusform>collision (%n)</numerusform>
            <numerusform>collisions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangeCisPage</name>
    <message>
        <source>Affected configuration items</source>
        <translation>Éléments de configuration concernés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add CIs…</source>
        <translation>A&amp;jouter des CI…</translation>
    </message>
    <message>
        <source>Add configuration items</source>
        <translation>Ajouter des éléments de configuration</translation>
    </message>
    <message>
        <source>Search the CMDB and pick the configuration items this change affects</source>
        <translation>Rechercher dans la CMDB et choisir les éléments de configuration concernés par ce changement</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Remove the selected configuration items</source>
        <translation>Retirer les éléments de configuration sélectionnés</translation>
    </message>
    <message>
        <source>The CMDB has no configuration item of this name</source>
        <translation>La CMDB ne contient aucun élément de configuration de ce nom</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangeCollisionsPage</name>
    <message>
        <source>Collisions summary</source>
        <translation>Résumé des collisions</translation>
    </message>
    <message>
        <source>Collisions of this change</source>
        <translation>Collisions de ce changement</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the other change</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;autre changement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Autre changement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Same CI</source>
        <translation>Même CI</translation>
    </message>
    <message>
        <source>Impacted CI</source>
        <translation>CI impacté</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Période de gel</translation>
    </message>
    <message>
        <source>Outside maintenance window</source>
        <translation>Hors fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Implementer double-booked</source>
        <translation>Double réservation de l&apos;intervenant</translation>
    </message>
    <message>
        <source>this change</source>
        <translation>ce changement</translation>
    </message>
    <message>
        <source>Plan the start and the end of the change to see what it collides with.</source>
        <translation>Planifiez le début et la fin du changement pour voir avec quoi il entre en collision.</translation>
    </message>
    <message>
        <source>A change in the state &quot;%1&quot; takes no part in the schedule.</source>
        <translation>Un changement à l&apos;état &quot;%1&quot; ne fait pas partie du calendrier.</translation>
    </message>
    <message>
        <source>No collisions with other changes, freezes or maintenance windows.</source>
        <translation>Aucune collision avec d&apos;autres changements, périodes de gel ou fenêtres de maintenance.</translation>
    </message>
    <message>
        <source>Collisions in the planned window: %1</source>
        <translation>Collisions dans la fenêtre planifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangePlansPage</name>
    <message>
        <source>&amp;Implementation plan:</source>
        <translation>Plan de &amp;mise en œuvre&#xa0;:</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Plan de mise en œuvre</translation>
    </message>
    <message>
        <source>The steps of the change, in order, with who does each</source>
        <translation>Les étapes du changement, dans l&apos;ordre, avec la personne chargée de chacune</translation>
    </message>
    <message>
        <source>&amp;Backout plan:</source>
        <translation>Plan de &amp;retour arrière&#xa0;:</translation>
    </message>
    <message>
        <source>Backout plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <source>How to return to the state before the change if it fails</source>
        <translation>Comment revenir à l&apos;état antérieur au changement en cas d&apos;échec</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Plan de test</translation>
    </message>
    <message>
        <source>How to tell that the change worked</source>
        <translation>Comment vérifier que le changement a réussi</translation>
    </message>
    <message>
        <source>Changing a plan voids the approvals given so far; the approvers are asked again.</source>
        <translation>Modifier un plan invalide les approbations déjà données&#xa0;; les approbateurs sont de nouveau sollicités.</translation>
    </message>
    <message>
        <source>T&amp;est plan:</source>
        <translation>Plan de t&amp;est&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangeReviewPage</name>
    <message>
        <source>Actual &amp;start:</source>
        <translation>Dé&amp;but effectif&#xa0;:</translation>
    </message>
    <message>
        <source>Actual start is set</source>
        <translation>Le début effectif est défini</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Définir une date</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Actual &amp;end:</source>
        <translation>&amp;Fin effective&#xa0;:</translation>
    </message>
    <message>
        <source>Actual end is set</source>
        <translation>La fin effective est définie</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Review outcome</source>
        <translation>Résultat de la revue</translation>
    </message>
    <message>
        <source>Review &amp;notes:</source>
        <translation>Notes de re&amp;vue&#xa0;:</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revue</translation>
    </message>
    <message>
        <source>What went as planned, what did not, and what to do differently next time</source>
        <translation>Ce qui s&apos;est déroulé comme prévu, ce qui ne l&apos;a pas été et ce qu&apos;il faudra faire autrement la prochaine fois</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Partially successful</source>
        <translation>Partiellement réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Backed out</source>
        <translation>Retour arrière effectué</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangeWindowsDialog</name>
    <message>
        <source>Freeze and Maintenance Windows</source>
        <translation>Périodes de gel et fenêtres de maintenance</translation>
    </message>
    <message>
        <source>Freeze and maintenance windows</source>
        <translation>Périodes de gel et fenêtres de maintenance</translation>
    </message>
    <message>
        <source>You can look at the windows; only change managers and administrators can change them.</source>
        <translation>Vous pouvez consulter les périodes et les fenêtres&#xa0;; seuls les gestionnaires des changements et les administrateurs peuvent les modifier.</translation>
    </message>
    <message>
        <source>&amp;Freezes</source>
        <translation>&amp;Périodes de gel</translation>
    </message>
    <message>
        <source>Freeze windows</source>
        <translation>Périodes de gel</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Maintenance windows</source>
        <translation>&amp;Fenêtres de maintenance</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Fenêtres de maintenance</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Freeze Windows Not Loaded</source>
        <translation>Périodes de gel non chargées</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Globale</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete Freeze Window</source>
        <translation>Supprimer la période de gel</translation>
    </message>
    <message>
        <source>Delete the freeze window &quot;%1&quot; (%2 to %3)? Changes in that time will no longer collide with it.</source>
        <translation>Supprimer la période de gel &quot;%1&quot; (du %2 au %3)&#xa0;? Les changements prévus pendant cette période n&apos;entreront plus en collision avec elle.</translation>
    </message>
    <message>
        <source>Freeze Window Not Deleted</source>
        <translation>Période de gel non supprimée</translation>
    </message>
    <message>
        <source>Services Not Loaded</source>
        <translation>Services non chargés</translation>
    </message>
    <message>
        <source>No business services in the CMDB</source>
        <translation>Aucun service métier dans la CMDB</translation>
    </message>
    <message>
        <source>Maintenance Windows Not Loaded</source>
        <translation>Fenêtres de maintenance non chargées</translation>
    </message>
    <message>
        <source>Delete Maintenance Window</source>
        <translation>Supprimer la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Delete the maintenance window of %1 on %2 from %3?</source>
        <translation>Supprimer la fenêtre de maintenance de %1 le %2 à partir de %3&#xa0;?</translation>
    </message>
    <message>
        <source>Maintenance Window Not Deleted</source>
        <translation>Fenêtre de maintenance non supprimée</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiAttributesPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Owner group:</source>
        <translation>&amp;Groupe propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Owner group</source>
        <translation>Groupe propriétaire</translation>
    </message>
    <message>
        <source>Support group that owns it</source>
        <translation>Groupe de support responsable</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Localisation&#xa0;:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Attributes of the class</source>
        <translation>Attributs de la classe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Read the configuration item again from the database, dropping your edits</source>
        <translation>Relire l&apos;élément de configuration depuis la base de données en abandonnant vos modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the configuration item</source>
        <translation>Enregistrer l&apos;élément de configuration</translation>
    </message>
    <message>
        <source>This configuration item no longer exists.</source>
        <translation>Cet élément de configuration n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Non enregistré&#xa0;: corrigez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed &quot;%1&quot; since you opened it. Your edits are still here; Revert shows their version.
%2</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a modifié &quot;%1&quot; depuis que vous l&apos;avez ouvert. Vos modifications sont toujours là&#xa0;; Rétablir affiche l&apos;autre version.
%2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiDetailPanel</name>
    <message>
        <source>Configuration item</source>
        <translation>Élément de configuration</translation>
    </message>
    <message>
        <source>Open tickets and scheduled changes on this item</source>
        <translation>Tickets ouverts et changements planifiés sur cet élément</translation>
    </message>
    <message>
        <source>Details of the configuration item</source>
        <translation>Détails de l&apos;élément de configuration</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>&amp;Attributs</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>&amp;Relations</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <source>No configuration item chosen</source>
        <translation>Aucun élément de configuration choisi</translation>
    </message>
    <message>
        <source>Search for one or choose it in the tree.</source>
        <translation>Recherchez-en un ou choisissez-le dans l&apos;arborescence.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Tickets (%1)</source>
        <translation>&amp;Tickets (%1)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiHistoryPage</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>History of the configuration item</source>
        <translation>Historique de l&apos;élément de configuration</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiImpactPage</name>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>Impact direction</source>
        <translation>Sens de l&apos;analyse d&apos;impact</translation>
    </message>
    <message>
        <source>D&amp;epth:</source>
        <translation>&amp;Profondeur&#xa0;:</translation>
    </message>
    <message>
        <source>Impact depth</source>
        <translation>Profondeur de l&apos;analyse d&apos;impact</translation>
    </message>
    <message>
        <source>How many relations to follow from this item</source>
        <translation>Nombre de relations à suivre à partir de cet élément</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimitée</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out of the graph (Ctrl+wheel down)</source>
        <translation>Zoom arrière sur le graphe (Ctrl+molette vers le bas)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom into the graph (Ctrl+wheel up)</source>
        <translation>Zoom avant sur le graphe (Ctrl+molette vers le haut)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Afficher tout le graphe</translation>
    </message>
    <message>
        <source>Fit the graph into view</source>
        <translation>Ajuster le graphe à la vue</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>Résumé de l&apos;impact</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>Ar&amp;borescence</translation>
    </message>
    <message>
        <source>Impact tree</source>
        <translation>Arborescence d&apos;impact</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the configuration item</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;élément de configuration</translation>
    </message>
    <message>
        <source>Impacted open tickets and scheduled changes</source>
        <translation>Tickets ouverts et changements planifiés impactés</translation>
    </message>
    <message>
        <source>Up: what depends on it</source>
        <translation>Vers le haut&#xa0;: ce qui en dépend</translation>
    </message>
    <message>
        <source>Down: what it depends on</source>
        <translation>Vers le bas&#xa0;: ce dont il dépend</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) reached</source>
        <translation>
            <numerusform>%n élément de configuration atteint</numerusform>
            <numerusform>%n éléments de configuration atteints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the farthest %n relation(s) away</source>
        <translation>
            <numerusform>, le plus éloigné à %n relation</numerusform>
            <numerusform>, le plus éloigné à %n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n open ticket(s) and scheduled change(s).</source>
        <translation>
            <numerusform>; %n ticket ouvert ou changement planifié.</numerusform>
            <numerusform>; %n tickets ouverts et changements planifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The graph shows the nearest %1; the tree lists them all.</source>
        <translation>Le graphe montre les %1 plus proches&#xa0;; l&apos;arborescence les liste tous.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiPickerDialog</name>
    <message>
        <source>Add Affected CIs</source>
        <translation>Ajouter des CI concernés</translation>
    </message>
    <message>
        <source>Search configuration items</source>
        <translation>Rechercher des éléments de configuration</translation>
    </message>
    <message>
        <source>Type part of a name, class or attribute</source>
        <translation>Saisissez une partie d&apos;un nom, d&apos;une classe ou d&apos;un attribut</translation>
    </message>
    <message>
        <source>Matching configuration items</source>
        <translation>Éléments de configuration correspondants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Type to search the CMDB.</source>
        <translation>Saisissez du texte pour rechercher dans la CMDB.</translation>
    </message>
    <message>
        <source>Already affected by this change</source>
        <translation>Déjà concerné par ce changement</translation>
    </message>
    <message>
        <source>No configuration item matches &quot;%1&quot;.</source>
        <translation>Aucun élément de configuration ne correspond à &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them.</source>
        <translation>Les %1 premiers résultats&#xa0;; précisez la saisie pour affiner la recherche.</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiRelationsPage</name>
    <message>
        <source>Relations of the configuration item</source>
        <translation>Relations de l&apos;élément de configuration</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the related configuration item</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;élément de configuration lié</translation>
    </message>
    <message>
        <source>This item &amp;is:</source>
        <translation>Cet élément &amp;est&#xa0;:</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>Related configuration item</source>
        <translation>Élément de configuration lié</translation>
    </message>
    <message>
        <source>Name of the related configuration item</source>
        <translation>Nom de l&apos;élément de configuration lié</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected relation</source>
        <translation>Supprimer la relation sélectionnée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>There is no configuration item named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun élément de configuration nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cycle of Part-of Relations</source>
        <translation>Cycle de relations part_of</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already, through other items, part of &quot;%2&quot;. Making &quot;%2&quot; part of &quot;%1&quot; closes a cycle: impact analysis would then report every item of the cycle as part of every other.

Add the relation anyway?</source>
        <translation>&quot;%1&quot; fait déjà partie de &quot;%2&quot; par l&apos;intermédiaire d&apos;autres éléments. Faire de &quot;%2&quot; une partie de &quot;%1&quot; fermerait un cycle&#xa0;: l&apos;analyse d&apos;impact signalerait alors chaque élément du cycle comme faisant partie de tous les autres.

Ajouter la relation quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiTicketList</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Élément de configuration</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the ticket</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir le ticket</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CmdbBrowser</name>
    <message>
        <source>Search configuration items</source>
        <translation>Rechercher des éléments de configuration</translation>
    </message>
    <message>
        <source>Search by name, class or attribute value</source>
        <translation>Rechercher par nom, classe ou valeur d&apos;attribut</translation>
    </message>
    <message>
        <source>Configuration items by class and by service</source>
        <translation>Éléments de configuration par classe et par service</translation>
    </message>
    <message>
        <source>Configuration items found</source>
        <translation>Éléments de configuration trouvés</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation>Enregistrer vos modifications de &quot;%1&quot;&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) found</source>
        <translation>
            <numerusform>%n élément de configuration trouvé</numerusform>
            <numerusform>%n éléments de configuration trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CmdbImportDialog</name>
    <message>
        <source>Import CMDB from CSV</source>
        <translation>Importer la CMDB depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>A CSV file of CIs (name,class,…) or of relations (source,type,target)</source>
        <translation>Un fichier CSV de CI (name,class,…) ou de relations (source,type,target)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose a file to see what it would change.</source>
        <translation>Choisissez un fichier pour voir ce qu&apos;il modifierait.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>configuration items</source>
        <translation>éléments de configuration</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relations</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1: %2 to create, %3 to update, %4 unchanged.</source>
        <translation>
            <numerusform>%n ligne (%1)&#xa0;: %2 à créer, %3 à mettre à jour, %4 sans changement.</numerusform>
            <numerusform>%n lignes (%1)&#xa0;: %2 à créer, %3 à mettre à jour, %4 sans changement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) will be written once.</source>
        <translation>
            <numerusform>%n ligne répétée sera écrite une seule fois.</numerusform>
            <numerusform>%n lignes répétées seront écrites une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until the errors below are fixed.</source>
        <translation>Rien ne peut être importé tant que les erreurs ci-dessous ne sont pas corrigées.</translation>
    </message>
    <message>
        <source>The database has everything in this file already.</source>
        <translation>La base de données contient déjà tout le contenu de ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); the first %1 are listed:</source>
        <translation>
            <numerusform>%n erreur&#xa0;; les %1 premières sont listées&#xa0;:</numerusform>
            <numerusform>%n erreurs&#xa0;; les %1 premières sont listées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n erreur&#xa0;:</numerusform>
            <numerusform>%n erreurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1 configuration items created, %2 updated, %3 unchanged.</source>
        <translation>Import terminé&#xa0;: %1 éléments de configuration créés, %2 mis à jour, %3 inchangés.</translation>
    </message>
    <message>
        <source>Imported: %1 relations created, %2 present already.</source>
        <translation>Import terminé&#xa0;: %1 relations créées, %2 déjà présentes.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ConflictDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>There are no open conflicts: every edit made here agrees with the hub.</source>
        <translation>Il n&apos;y a aucun conflit non résolu&#xa0;: toutes les modifications faites ici concordent avec le hub.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits non résolus</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Before both edits:</source>
        <translation>Avant les deux modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Mine (here):</source>
        <translation>Ma valeur (ici)&#xa0;:</translation>
    </message>
    <message>
        <source>Theirs (hub):</source>
        <translation>Leur valeur (hub)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder ma valeur</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre leur valeur</translation>
    </message>
    <message>
        <source>Or another value</source>
        <translation>Ou une autre valeur</translation>
    </message>
    <message>
        <source>Value to use</source>
        <translation>Valeur à utiliser</translation>
    </message>
    <message>
        <source>&amp;Use This Value</source>
        <translation>&amp;Utiliser cette valeur</translation>
    </message>
    <message>
        <source>Resolve the conflict with the value above</source>
        <translation>Résoudre le conflit avec la valeur ci-dessus</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Détecté le %1</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot; to the value given here</source>
        <translation>Donner à &quot;%1&quot; la valeur définie ici</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot; to the hub&apos;s value</source>
        <translation>Donner à &quot;%1&quot; la valeur du hub</translation>
    </message>
    <message>
        <source>You changed this record here while it was deleted on the hub.</source>
        <translation>Vous avez modifié cet enregistrement ici alors qu&apos;il a été supprimé sur le hub.</translation>
    </message>
    <message>
        <source>&amp;Restore My Version</source>
        <translation>&amp;Restaurer ma version</translation>
    </message>
    <message>
        <source>&amp;Accept the Deletion</source>
        <translation>&amp;Accepter la suppression</translation>
    </message>
    <message>
        <source>You deleted this record here while it was changed on the hub.</source>
        <translation>Vous avez supprimé cet enregistrement ici alors qu&apos;il a été modifié sur le hub.</translation>
    </message>
    <message>
        <source>&amp;Delete It Again</source>
        <translation>&amp;Supprimer à nouveau</translation>
    </message>
    <message>
        <source>&amp;Keep Their Version</source>
        <translation>&amp;Garder leur version</translation>
    </message>
    <message>
        <source>The hub refused the change made here: %1</source>
        <translation>Le hub a refusé la modification faite ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>T&amp;ry Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Discard Mine</source>
        <translation>&amp;Abandonner ma modification</translation>
    </message>
    <message>
        <source>Conflict Not Resolved</source>
        <translation>Conflit non résolu</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ConnectionPasswords</name>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>No keychain service is running: the password is kept in memory only until ServiceDeck quits.</source>
        <translation>Aucun service de trousseau n&apos;est actif&#xa0;: le mot de passe n&apos;est conservé en mémoire que jusqu&apos;à la fermeture de ServiceDeck.</translation>
    </message>
    <message>
        <source>Connect to &quot;%1&quot;</source>
        <translation>Se connecter à &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ConnectionUrls</name>
    <message>
        <source>Option --hub: the local replica given by --db must be a sqlite: file, not &quot;%1&quot;</source>
        <translation>Option --hub&#xa0;: la réplique locale indiquée par --db doit être un fichier sqlite:, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Option --hub: &quot;%1&quot; is not a postgresql:// URL</source>
        <translation>Option --hub&#xa0;: &quot;%1&quot; n&apos;est pas une URL postgresql://</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL (QPSQL) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::DashboardChart</name>
    <message>
        <source>No tickets</source>
        <translation>Aucun ticket</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::DashboardPage</name>
    <message>
        <source>Open tickets by priority</source>
        <translation>Tickets ouverts par priorité</translation>
    </message>
    <message>
        <source>Open tickets by group</source>
        <translation>Tickets ouverts par groupe</translation>
    </message>
    <message>
        <source>Backlog: opened and resolved per day</source>
        <translation>Backlog&#xa0;: tickets ouverts et résolus par jour</translation>
    </message>
    <message>
        <source>SLA compliance per week (%)</source>
        <translation>Respect des SLA par semaine (%)</translation>
    </message>
    <message>
        <source>Mean time to resolve (hours)</source>
        <translation>Délai moyen de résolution (heures)</translation>
    </message>
    <message>
        <source>Changes per week by risk</source>
        <translation>Changements par semaine selon le risque</translation>
    </message>
    <message>
        <source>Changes per week by review outcome</source>
        <translation>Changements par semaine selon le résultat de la revue</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Weekly figures from %1 to %2; daily figures from %3; open tickets as of now.</source>
        <translation>Chiffres hebdomadaires du %1 au %2&#xa0;; chiffres quotidiens depuis le %3&#xa0;; tickets ouverts à l&apos;heure actuelle.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short day and month on a chart axis</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Partially successful</source>
        <translation>Partiellement réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Backed out</source>
        <translation>Retour arrière effectué</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open ticket(s)</source>
        <translation>
            <numerusform>%1&#xa0;: ticket ouvert (%n)</numerusform>
            <numerusform>%1&#xa0;: tickets ouverts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) opened</source>
        <translation>
            <numerusform>%1&#xa0;: %n ticket ouvert</numerusform>
            <numerusform>%1&#xa0;: %n tickets ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) resolved</source>
        <translation>
            <numerusform>%1&#xa0;: %n ticket résolu</numerusform>
            <numerusform>%1&#xa0;: %n tickets résolus</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1: no tickets with an SLA resolved</source>
        <translation>Semaine du %1&#xa0;: aucun ticket avec SLA résolu</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 % of %n resolved ticket(s) within target</source>
        <translation>
            <numerusform>Semaine du %1&#xa0;: %2 % de %n ticket résolu dans les délais</numerusform>
            <numerusform>Semaine du %1&#xa0;: %2 % des %n tickets résolus dans les délais</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no tickets resolved</source>
        <translation>%1&#xa0;: aucun ticket résolu</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 hours on average over %n resolved ticket(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 heures en moyenne (%n ticket résolu)</numerusform>
            <numerusform>%1&#xa0;: %2 heures en moyenne (%n tickets résolus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1, %2: %n change(s)</source>
        <translation>
            <numerusform>Semaine du %1, %2&#xa0;: changement (%n)</numerusform>
            <numerusform>Semaine du %1, %2&#xa0;: changements (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open tickets: %1</source>
        <translation>Tickets ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opened on %1</source>
        <translation>Ouverts le %1</translation>
    </message>
    <message>
        <source>Resolved on %1</source>
        <translation>Résolus le %1</translation>
    </message>
    <message>
        <source>Resolved with an SLA in the week of %1</source>
        <translation>Résolus avec SLA dans la semaine du %1</translation>
    </message>
    <message>
        <source>%1 resolved since %2</source>
        <translation>%1 résolus depuis le %2</translation>
    </message>
    <message>
        <source>Changes in the week of %1: %2</source>
        <translation>Changements de la semaine du %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::DecisionDialog</name>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <source>Why do you reject %1? The comment is kept with your decision.</source>
        <translation>Pourquoi rejetez-vous %1&#xa0;? Le commentaire est conservé avec votre décision.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>A comment for your approval of %1 (optional):</source>
        <translation>Un commentaire pour votre approbation de %1 (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::DemoDatabase</name>
    <message>
        <source>Creating demo tickets…</source>
        <translation>Création des tickets de démonstration…</translation>
    </message>
    <message>
        <source>Planning demo changes…</source>
        <translation>Planification des changements de démonstration…</translation>
    </message>
    <message>
        <source>Building the demo CMDB…</source>
        <translation>Construction de la CMDB de démonstration…</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Création de la base de données de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::FirstRunDialog</name>
    <message>
        <source>Welcome to ServiceDeck</source>
        <translation>Bienvenue dans ServiceDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to ServiceDeck&lt;/h3&gt;&lt;p&gt;Where should ServiceDeck keep its tickets, changes and CMDB? You can add other connections later in Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans ServiceDeck&lt;/h3&gt;&lt;p&gt;Où ServiceDeck doit-il conserver ses tickets, ses changements et sa CMDB&#xa0;? Vous pourrez ajouter d&apos;autres connexions plus tard dans les paramètres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try it: a database on this computer, with &amp;demo data</source>
        <translation>Essayer&#xa0;: une base de données sur cet ordinateur, avec des données de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Standalone: an empty database on this computer</source>
        <translation>&amp;Autonome&#xa0;: une base de données vide sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Direct: work on a shared PostgreSQL database with the team</source>
        <translation>D&amp;irect&#xa0;: travailler avec l&apos;équipe sur une base de données PostgreSQL partagée</translation>
    </message>
    <message>
        <source>&amp;Cached: a local replica of a shared PostgreSQL hub, to work offline and sync later</source>
        <translation>&amp;En cache&#xa0;: une réplique locale d&apos;un hub PostgreSQL partagé, pour travailler hors ligne et synchroniser plus tard</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/servicedeck</source>
        <translation>postgresql://user@host:5432/servicedeck</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Replica file:</source>
        <translation>Fichier de &amp;réplique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Hub URL:</source>
        <translation>URL du &amp;hub&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>Tester la c&amp;onnexion</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Replica File</source>
        <translation>Fichier de réplique</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain, never in ServiceDeck&apos;s settings.</source>
        <translation>Les mots de passe sont conservés dans le trousseau du système, jamais dans les paramètres de ServiceDeck.</translation>
    </message>
    <message>
        <source>No keychain service is running: a password is kept in memory only until ServiceDeck quits, and asked for again at the next start. It is never written to ServiceDeck&apos;s settings.</source>
        <translation>Aucun service de trousseau n&apos;est actif&#xa0;: un mot de passe n&apos;est conservé en mémoire que jusqu&apos;à la fermeture de ServiceDeck, puis redemandé au prochain démarrage. Il n&apos;est jamais écrit dans les paramètres de ServiceDeck.</translation>
    </message>
    <message>
        <source>A new database with demo tickets, changes and a CMDB is created in %1. It takes a few seconds.</source>
        <translation>Une nouvelle base de données avec des tickets, des changements et une CMDB de démonstration est créée dans %1. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The database is kept in %1.</source>
        <translation>La base de données est conservée dans %1.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Direct mode needs a postgresql:// URL.</source>
        <translation>Le mode direct nécessite une URL postgresql://.</translation>
    </message>
    <message>
        <source>Team database (%1)</source>
        <translation>Base de données de l&apos;équipe (%1)</translation>
    </message>
    <message>
        <source>Cached mode needs a replica file.</source>
        <translation>Le mode en cache nécessite un fichier de réplique.</translation>
    </message>
    <message>
        <source>Cached mode needs the postgresql:// URL of the hub.</source>
        <translation>Le mode en cache nécessite l&apos;URL postgresql:// du hub.</translation>
    </message>
    <message>
        <source>Offline replica (%1)</source>
        <translation>Réplique hors ligne (%1)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ImpactGraphView</name>
    <message>
        <source>Impact graph</source>
        <translation>Graphe d&apos;impact</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s); arrow keys choose one, Enter opens it</source>
        <translation>
            <numerusform>%n élément de configuration&#xa0;; les flèches le sélectionnent, Entrée l&apos;ouvre</numerusform>
            <numerusform>%n éléments de configuration&#xa0;; les flèches en sélectionnent un, Entrée l&apos;ouvre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2; start of the impact</source>
        <translation>%1, %2&#xa0;; point de départ de l&apos;impact</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2; %3 depends on it, %n step(s) away</source>
        <translation>
            <numerusform>%1, %2&#xa0;; %3 en dépend, à %n étape</numerusform>
            <numerusform>%1, %2&#xa0;; %3 en dépend, à %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2; affected when %3 fails, %n step(s) away</source>
        <translation>
            <numerusform>%1, %2&#xa0;; touché si %3 tombe en panne, à %n étape</numerusform>
            <numerusform>%1, %2&#xa0;; touché si %3 tombe en panne, à %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>incident ouvert (%n)</numerusform>
            <numerusform>incidents ouverts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ImpactNodeItem</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open incident(s)</source>
        <translation>
            <numerusform>%1, incident ouvert (%n)</numerusform>
            <numerusform>%1, incidents ouverts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (start of the impact)</source>
        <translation>%1 (point de départ de l&apos;analyse d&apos;impact)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::Internal::BlackoutEditor</name>
    <message>
        <source>Freeze Window</source>
        <translation>Période de gel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Quarter-end close, release freeze, …</source>
        <translation>Clôture trimestrielle, gel avant mise en production, …</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Périmètre du gel</translation>
    </message>
    <message>
        <source>&amp;Everything (a global freeze)</source>
        <translation>&amp;Tout (période de gel globale)</translation>
    </message>
    <message>
        <source>&amp;Only these configuration items and what they depend on:</source>
        <translation>&amp;Uniquement ces éléments de configuration et ce dont ils dépendent&#xa0;:</translation>
    </message>
    <message>
        <source>Search configuration items by name</source>
        <translation>Rechercher des éléments de configuration par nom</translation>
    </message>
    <message>
        <source>In the freeze:</source>
        <translation>Dans la période de gel&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration items found</source>
        <translation>Éléments de configuration trouvés</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Ajouter →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Retirer</translation>
    </message>
    <message>
        <source>Configuration items in the freeze</source>
        <translation>Éléments de configuration dans la période de gel</translation>
    </message>
    <message>
        <source>New Freeze Window</source>
        <translation>Nouvelle période de gel</translation>
    </message>
    <message>
        <source>Edit Freeze Window</source>
        <translation>Modifier la période de gel</translation>
    </message>
    <message>
        <source>Search Failed</source>
        <translation>Échec de la recherche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Freeze Window Not Saved</source>
        <translation>Période de gel non enregistrée</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::Internal::MaintenanceWindowEditor</name>
    <message>
        <source>Maintenance Window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Optional, such as &quot;Patch night&quot;</source>
        <translation>Facultatif, p. ex. &quot;Nuit des correctifs&quot;</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lasting:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New Maintenance Window</source>
        <translation>Nouvelle fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Edit Maintenance Window</source>
        <translation>Modifier la fenêtre de maintenance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Maintenance Window Not Saved</source>
        <translation>Fenêtre de maintenance non enregistrée</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::LinksPage</name>
    <message>
        <source>Linked tickets</source>
        <translation>Tickets liés</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the linked ticket</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir le ticket lié</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>This ticket &amp;is:</source>
        <translation>Ce ticket &amp;est&#xa0;:</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Ticket number to link</source>
        <translation>Numéro du ticket à lier</translation>
    </message>
    <message>
        <source>Ticket number, e.g. PRB0000001</source>
        <translation>Numéro de ticket, p. ex. PRB0000001</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>lié à</translation>
    </message>
    <message>
        <source>a duplicate of</source>
        <translation>un doublon de</translation>
    </message>
    <message>
        <source>duplicated by</source>
        <translation>dupliqué par</translation>
    </message>
    <message>
        <source>caused by</source>
        <translation>causé par</translation>
    </message>
    <message>
        <source>the cause of</source>
        <translation>la cause de</translation>
    </message>
    <message>
        <source>solved by</source>
        <translation>résolu par</translation>
    </message>
    <message>
        <source>the solution of</source>
        <translation>la solution de</translation>
    </message>
    <message>
        <source>a child of</source>
        <translation>un enfant de</translation>
    </message>
    <message>
        <source>the parent of</source>
        <translation>le parent de</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloquant pour</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>bloqué par</translation>
    </message>
    <message>
        <source>Add li&amp;nk</source>
        <translation>Ajouter un lie&amp;n</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::MergeClashDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
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
        <source>Merge Changes to %1</source>
        <translation>Fusionner les modifications de %1</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing it. Their changes to other fields are kept and yours are added. These fields were changed on both sides: choose which value to keep for each.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré %1 pendant que vous le modifiiez. Ses modifications des autres champs sont conservées et les vôtres y sont ajoutées. Ces champs ont été modifiés des deux côtés&#xa0;: choisissez pour chacun la valeur à conserver.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>À l&apos;ouverture</translation>
    </message>
    <message>
        <source>Stored now (theirs)</source>
        <translation>Enregistrée maintenant (la leur)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Keep the stored %1</source>
        <translation>Garder la valeur enregistrée de %1</translation>
    </message>
    <message>
        <source>Keep your %1</source>
        <translation>Garder votre valeur de %1</translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Garder toutes &amp;mes valeurs</translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation>Garder toutes &amp;leurs valeurs</translation>
    </message>
    <message>
        <source>Choose a value for every field first</source>
        <translation>Choisissez d&apos;abord une valeur pour chaque champ</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::MonthView</name>
    <message>
        <source>Change calendar, month</source>
        <translation>Calendrier des changements, mois</translation>
    </message>
    <message>
        <source>Freeze: %1</source>
        <translation>Période de gel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Maintenance window of %1</source>
        <translation>Fenêtre de maintenance de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more changes:</source>
        <translation>
            <numerusform>%n autre changement&#xa0;:</numerusform>
            <numerusform>%n autres changements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::OutboxText</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>Work log on %1</source>
        <translation>Journal de travail sur %1</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ProfileEditor</name>
    <message>
        <source>Connection Profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hub URL:</source>
        <translation>URL du &amp;hub&#xa0;:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/servicedeck</source>
        <translation>postgresql://user@host:5432/servicedeck</translation>
    </message>
    <message>
        <source>Hub pass&amp;word:</source>
        <translation>Mot de passe du h&amp;ub&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>Connection Profile &quot;%1&quot;</source>
        <translation>Profil de connexion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(kept; type to change)</source>
        <translation>(conservé&#xa0;; saisissez-en un autre pour le changer)</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replica file:</source>
        <translation>Fichier de &amp;réplique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Fichier de la &amp;base de données&#xa0;:</translation>
    </message>
    <message>
        <source>The profile needs a database.</source>
        <translation>Le profil doit avoir une base de données.</translation>
    </message>
    <message>
        <source>Cached mode needs the postgresql:// URL of the hub.</source>
        <translation>Le mode en cache nécessite l&apos;URL postgresql:// du hub.</translation>
    </message>
    <message>
        <source>Direct mode needs a postgresql:// URL.</source>
        <translation>Le mode direct nécessite une URL postgresql://.</translation>
    </message>
    <message>
        <source>Standalone and cached mode keep their data in a local file.</source>
        <translation>Les modes autonome et en cache conservent leurs données dans un fichier local.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ProfileStore</name>
    <message>
        <source>Field &quot;name&quot;: a connection profile needs a name</source>
        <translation>Champ &quot;name&quot;&#xa0;: un profil de connexion doit avoir un nom</translation>
    </message>
    <message>
        <source>Field &quot;database&quot;: the profile &quot;%1&quot; needs a database</source>
        <translation>Champ &quot;database&quot;&#xa0;: le profil &quot;%1&quot; doit avoir une base de données</translation>
    </message>
    <message>
        <source>Field &quot;hub&quot;: a cached profile needs the postgresql:// URL of its hub</source>
        <translation>Champ &quot;hub&quot;&#xa0;: un profil en cache nécessite l&apos;URL postgresql:// de son hub</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a profile &quot;%1&quot; exists already</source>
        <translation>Champ &quot;name&quot;&#xa0;: un profil &quot;%1&quot; existe déjà</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::QueueFilterEdit</name>
    <message>
        <source>Filter: kind:incident state:new,assigned priority&lt;=2 assignee:me &quot;vpn&quot;  (Ctrl+F)</source>
        <translation>Filtre&#xa0;: kind:incident state:new,assigned priority&lt;=2 assignee:me &quot;vpn&quot;  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Filtre de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Filter the queue with the queue language; Enter applies it</source>
        <translation>Filtrer la file d&apos;attente avec le langage de requête&#xa0;; Entrée l&apos;applique</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::QueueNavigator</name>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the current filter as a queue</source>
        <translation>Enregistrer le filtre actuel comme file d&apos;attente</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the chosen queue</source>
        <translation>Renommer la file d&apos;attente choisie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the chosen queue</source>
        <translation>Supprimer la file d&apos;attente choisie</translation>
    </message>
    <message>
        <source>My queues</source>
        <translation>Mes files d&apos;attente</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tickets</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln ticket</numerusform>
            <numerusform>%1&#xa0;: %Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted in %Ln ms</source>
        <translation>
            <numerusform>Décompte effectué en %Ln ms</numerusform>
            <numerusform>Décompte effectué en %Ln ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Queue</source>
        <translation>Enregistrer la file d&apos;attente</translation>
    </message>
    <message>
        <source>Save the filter “%1” as a queue named:</source>
        <translation>Enregistrer le filtre “%1” comme file d&apos;attente nommée&#xa0;:</translation>
    </message>
    <message>
        <source>(all tickets)</source>
        <translation>(tous les tickets)</translation>
    </message>
    <message>
        <source>Rename Queue</source>
        <translation>Renommer la file d&apos;attente</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Queue</source>
        <translation>Supprimer la file d&apos;attente</translation>
    </message>
    <message>
        <source>Delete the queue “%1”? The tickets in it stay as they are.</source>
        <translation>Supprimer la file d&apos;attente “%1”&#xa0;? Les tickets qu&apos;elle contient restent inchangés.</translation>
    </message>
    <message>
        <source>Save Current Filter as Queue…</source>
        <translation>Enregistrer le filtre actuel comme file d&apos;attente…</translation>
    </message>
    <message>
        <source>Refresh Counts</source>
        <translation>Actualiser les compteurs</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::QueuePage</name>
    <message>
        <source>The view of “%1” was not remembered: %2</source>
        <translation>La vue de “%1” n&apos;a pas été mémorisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assign Tickets</source>
        <translation>Assigner des tickets</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) to:</source>
        <translation>
            <numerusform>Assigner %n ticket à&#xa0;:</numerusform>
            <numerusform>Assigner %n tickets à&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Tickets</source>
        <translation>Changer l&apos;état des tickets</translation>
    </message>
    <message>
        <source>The selected tickets have no next state in common; move them in smaller groups.</source>
        <translation>Les tickets sélectionnés n&apos;ont aucun état suivant en commun&#xa0;; faites-les passer par groupes plus petits.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n ticket(s) to:</source>
        <translation>
            <numerusform>Faire passer %n ticket à&#xa0;:</numerusform>
            <numerusform>Faire passer %n tickets à&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Assigner à…</translation>
    </message>
    <message>
        <source>Move to State…</source>
        <translation>Changer d&apos;état…</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::QueueTableView</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Cliquez pour trier&#xa0;; clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::RemoteEditor</name>
    <message>
        <source>Add Remote Service</source>
        <translation>Ajouter un service distant</translation>
    </message>
    <message>
        <source>Edit Remote Service</source>
        <translation>Modifier le service distant</translation>
    </message>
    <message>
        <source>Request Tracker 5 (ticket exchange)</source>
        <translation>Request Tracker 5 (échange de tickets)</translation>
    </message>
    <message>
        <source>CalDAV calendar (change schedule)</source>
        <translation>Calendrier CalDAV (calendrier des changements)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>https://rt.example.com or https://cal.example.com/user/changes/</source>
        <translation>https://rt.example.com ou https://cal.example.com/user/changes/</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>No keychain service answers on this computer: the secret is kept in memory for this run only and asked for again after a restart.</source>
        <translation>Aucun service de trousseau ne répond sur cet ordinateur&#xa0;: le secret est conservé en mémoire pour cette session uniquement et redemandé après un redémarrage.</translation>
    </message>
    <message>
        <source>Only for a server whose certificate the system does not trust</source>
        <translation>Uniquement pour un serveur dont le système ne reconnaît pas le certificat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Trusted &amp;CA (PEM):</source>
        <translation>&amp;CA de confiance (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vé</translation>
    </message>
    <message>
        <source>RT queues</source>
        <translation>Files d&apos;attente RT</translation>
    </message>
    <message>
        <source>RT queue</source>
        <translation>File d&apos;attente RT</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>RT queue mappings</source>
        <translation>Correspondances des files d&apos;attente RT</translation>
    </message>
    <message>
        <source>Each RT queue exchanges its tickets with the ServiceDeck group and kind of its row</source>
        <translation>Chaque file d&apos;attente RT échange ses tickets avec le groupe et le type ServiceDeck de sa ligne</translation>
    </message>
    <message>
        <source>Add &amp;Queue</source>
        <translation>Ajouter une &amp;file d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Remove Queue</source>
        <translation>&amp;Supprimer la file d&apos;attente</translation>
    </message>
    <message>
        <source>Published range</source>
        <translation>Période publiée</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days &amp;back:</source>
        <translation>Jours en a&amp;rrière&#xa0;:</translation>
    </message>
    <message>
        <source>Days a&amp;head:</source>
        <translation>Jours à v&amp;enir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Enregistré&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>Jet&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Request Tracker signs in with the token alone</source>
        <translation>Request Tracker s&apos;authentifie avec le jeton seul</translation>
    </message>
    <message>
        <source>Group for row %1</source>
        <translation>Groupe de la ligne %1</translation>
    </message>
    <message>
        <source>Kind for row %1</source>
        <translation>Type de la ligne %1</translation>
    </message>
    <message>
        <source>RT queues, row %1: the RT queue name is empty</source>
        <translation>Files d&apos;attente RT, ligne %1&#xa0;: le nom de la file d&apos;attente RT est vide</translation>
    </message>
    <message>
        <source>RT queues, row %1: the queue &quot;%2&quot; is mapped twice</source>
        <translation>Files d&apos;attente RT, ligne %1&#xa0;: la file d&apos;attente &quot;%2&quot; est associée deux fois</translation>
    </message>
    <message>
        <source>RT queues, row %1: choose the group its tickets go to</source>
        <translation>Files d&apos;attente RT, ligne %1&#xa0;: choisissez le groupe auquel vont ses tickets</translation>
    </message>
    <message>
        <source>RT queues: map at least one RT queue to a group</source>
        <translation>Files d&apos;attente RT&#xa0;: associez au moins une file d&apos;attente RT à un groupe</translation>
    </message>
    <message>
        <source>User: a CalDAV calendar needs the user to sign in as</source>
        <translation>Utilisateur&#xa0;: un calendrier CalDAV nécessite l&apos;utilisateur sous lequel se connecter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::RemotesPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Remote services</source>
        <translation>Services distants</translation>
    </message>
    <message>
        <source>Each remote service with its last sync, how it ended and the errors of queued changes</source>
        <translation>Chaque service distant avec sa dernière synchronisation, son résultat et les erreurs des modifications en attente</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Exchange with the selected remote service now</source>
        <translation>Échanger maintenant avec le service distant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Errors of the selected remote (the changes stay queued and are sent again at the next sync):</source>
        <translation>Erreurs du service distant sélectionné (les modifications restent en attente et sont renvoyées à la prochaine synchronisation)&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Remote errors</source>
        <translation>Erreurs des services distants</translation>
    </message>
    <message>
        <source>Sync finished: %1</source>
        <translation>Synchronisation terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>CalDAV calendar</source>
        <translation>Calendrier CalDAV</translation>
    </message>
    <message>
        <source>Request Tracker</source>
        <translation>Request Tracker</translation>
    </message>
    <message>
        <source>The last sync failed</source>
        <translation>La dernière synchronisation a échoué</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <source>Remove Remote Service</source>
        <translation>Supprimer le service distant</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its links to remote records and its queued errors are forgotten; the records themselves stay, here and on the remote.</source>
        <translation>Supprimer &quot;%1&quot;&#xa0;? Ses liens vers les enregistrements distants et ses erreurs en attente sont oubliés&#xa0;; les enregistrements eux-mêmes restent, ici et sur le service distant.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::RiskPage</name>
    <message>
        <source>Risk questionnaire</source>
        <translation>Questionnaire d&apos;évaluation des risques</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score&#xa0;:</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Saved risk</source>
        <translation>Risque enregistré</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Answer every question to assess the risk</source>
        <translation>Répondez à toutes les questions pour évaluer le risque</translation>
    </message>
    <message>
        <source>No risk assessed yet</source>
        <translation>Aucun risque évalué pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, score %2</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ScheduleDocument</name>
    <message>
        <source>Forward schedule of change, %1 to %2</source>
        <translation>Calendrier prévisionnel des changements, du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), %1.</source>
        <translation>
            <numerusform>%n changement, %1.</numerusform>
            <numerusform>%n changements, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collision(s)</source>
        <translation>
            <numerusform>collision (%n)</numerusform>
            <numerusform>collisions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are local (%1). Printed %2.</source>
        <translation>Heures locales (%1). Imprimé le %2.</translation>
    </message>
    <message>
        <source>No changes are planned in this range.</source>
        <translation>Aucun changement n&apos;est planifié sur cette période.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>CIs</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Collisions</source>
        <translation>Collisions</translation>
    </message>
    <message>
        <source>Change freezes</source>
        <translation>Périodes de gel</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Période de gel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Implementer: %1</source>
        <translation>Intervenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <source>Every CI</source>
        <translation>Tous les CI</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ScheduleExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>le PDF n&apos;a pas pu être généré</translation>
    </message>
    <message>
        <source>Export Change Schedule as iCalendar</source>
        <translation>Exporter le calendrier des changements au format iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Change Schedule</source>
        <translation>Exporter le calendrier des changements</translation>
    </message>
    <message>
        <source>Export Change Schedule as PDF</source>
        <translation>Exporter le calendrier des changements en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Print Change Schedule</source>
        <translation>Imprimer le calendrier des changements</translation>
    </message>
    <message>
        <source>The change schedule could not be printed on %1.</source>
        <translation>Le calendrier des changements n&apos;a pas pu être imprimé sur %1.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Définir par dé&amp;faut</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Work as:</source>
        <translation>&amp;Travailler en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time ServiceDeck starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de ServiceDeck.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>Clai&amp;r</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;SLA</source>
        <translation>&amp;SLA</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>Calendriers ouvrés</translation>
    </message>
    <message>
        <source>Cale&amp;ndar:</source>
        <translation>Cale&amp;ndrier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Around the &amp;clock (24×7)</source>
        <translation>&amp;En continu (24×7)</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <source>Working hours per weekday</source>
        <translation>Heures ouvrées par jour de la semaine</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>Politiques de SLA</translation>
    </message>
    <message>
        <source>&amp;Window Layout</source>
        <translation>&amp;Disposition des fenêtres</translation>
    </message>
    <message>
        <source>ServiceDeck remembers the size and place of its windows, the splitters between their parts and the columns of its tables.</source>
        <translation>ServiceDeck mémorise la taille et la position de ses fenêtres, les séparateurs entre leurs parties et les colonnes de ses tableaux.</translation>
    </message>
    <message>
        <source>&amp;Reset Window Layout</source>
        <translation>&amp;Réinitialiser la disposition des fenêtres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The saved layout is gone: windows open in their first-start layout.</source>
        <translation>La disposition enregistrée a été supprimée&#xa0;: les fenêtres s&apos;ouvrent avec leur disposition du premier démarrage.</translation>
    </message>
    <message>
        <source>The default profile opens when ServiceDeck starts without --db or --profile. A changed profile takes effect at the next start.</source>
        <translation>Le profil par défaut s&apos;ouvre lorsque ServiceDeck démarre sans --db ni --profile. Un profil modifié prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the connection profile &quot;%1&quot;? Its database is kept; only the profile and its saved password go.</source>
        <translation>Supprimer le profil de connexion &quot;%1&quot;&#xa0;? Sa base de données est conservée&#xa0;; seuls le profil et son mot de passe enregistré sont supprimés.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>This run was started from the command line, not with a connection profile: start ServiceDeck with a profile to choose who works in it (or use --as).</source>
        <translation>Cette session a été lancée depuis la ligne de commande et non avec un profil de connexion&#xa0;: démarrez ServiceDeck avec un profil pour choisir qui y travaille (ou utilisez --as).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who works when the profile &quot;%1&quot; starts: the actor in the journal and &quot;me&quot; in queues. A change takes effect at the next start.</source>
        <translation>Qui travaille lorsque le profil &quot;%1&quot; démarre&#xa0;: l&apos;auteur des actions dans le journal et &quot;me&quot; dans les files d&apos;attente. Une modification prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Suivre le système (%1)</translation>
    </message>
    <message>
        <source>Changed targets apply to tickets opened or re-prioritised from now on.</source>
        <translation>Les objectifs modifiés s&apos;appliquent aux tickets ouverts ou dont la priorité change à partir de maintenant.</translation>
    </message>
    <message>
        <source>Only administrators can change SLA calendars and policies.</source>
        <translation>Seuls les administrateurs peuvent modifier les calendriers et les politiques de SLA.</translation>
    </message>
    <message>
        <source>Working hours (e.g. 08:00–17:00)</source>
        <translation>Heures ouvrées (p. ex. 08:00–17:00)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>SLA Calendar</source>
        <translation>Calendrier SLA</translation>
    </message>
    <message>
        <source>SLA Policy</source>
        <translation>Politique de SLA</translation>
    </message>
    <message>
        <source>Request Tracker instances exchange tickets with this database; CalDAV calendars receive the change schedule.</source>
        <translation>Les instances Request Tracker échangent des tickets avec cette base de données&#xa0;; les calendriers CalDAV reçoivent le calendrier des changements.</translation>
    </message>
    <message>
        <source>Only administrators can add or change remote services.</source>
        <translation>Seuls les administrateurs peuvent ajouter ou modifier des services distants.</translation>
    </message>
    <message>
        <source>&amp;Remote Services</source>
        <translation>Ser&amp;vices distants</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SlaDelegate</name>
    <message>
        <source>SLA on track</source>
        <translation>SLA dans les temps</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA à risque</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>SLA paused</source>
        <translation>SLA en pause</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Aucun SLA</translation>
    </message>
    <message>
        <source>%1: %2 (%3 % of the target used)</source>
        <translation>%1&#xa0;: %2 (%3 % de l&apos;objectif utilisé)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SlaSettings</name>
    <message>
        <source>Only an administrator may change SLA calendars and policies.</source>
        <translation>Seul un administrateur peut modifier les calendriers et les politiques de SLA.</translation>
    </message>
    <message>
        <source>Hours on %1: &quot;%2&quot; is not a span like 08:00–17:00</source>
        <translation>Heures du %1&#xa0;: &quot;%2&quot; n&apos;est pas une plage horaire comme 08:00–17:00</translation>
    </message>
    <message>
        <source>Hours on %1: &quot;%2&quot; overlaps another span</source>
        <translation>Heures du %1&#xa0;: &quot;%2&quot; chevauche une autre plage horaire</translation>
    </message>
    <message>
        <source>Field &quot;time zone&quot;: &quot;%1&quot; is not a known time zone</source>
        <translation>Champ &quot;time zone&quot;&#xa0;: &quot;%1&quot; n&apos;est pas un fuseau horaire connu</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; was changed meanwhile; reopen the settings and try again.</source>
        <translation>Le calendrier &quot;%1&quot; a été modifié entre-temps&#xa0;; rouvrez les paramètres et réessayez.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot;: response and resolution need at least one minute</source>
        <translation>Politique &quot;%1&quot;&#xa0;: la réponse et la résolution nécessitent au moins une minute</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; was changed meanwhile; reopen the settings and try again.</source>
        <translation>La politique &quot;%1&quot; a été modifiée entre-temps&#xa0;; rouvrez les paramètres et réessayez.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync panel</source>
        <translation>Panneau de synchronisation</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>First download</source>
        <translation>Premier téléchargement</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v enregistrements sur %m</translation>
    </message>
    <message>
        <source>Changes waiting for the hub</source>
        <translation>Modifications en attente d&apos;envoi au hub</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Erreurs récentes</translation>
    </message>
    <message>
        <source>Recent sync errors</source>
        <translation>Erreurs de synchronisation récentes</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send the waiting changes to the hub and fetch what changed there</source>
        <translation>Envoyer les modifications en attente au hub et récupérer ce qui y a changé</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>Decide the edits that clashed with the hub&apos;s</source>
        <translation>Trancher entre vos modifications et celles du hub qui sont en conflit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Conflits (%1)…</translation>
    </message>
    <message>
        <source>Nothing is waiting: every change made here has reached the hub.</source>
        <translation>Rien n&apos;est en attente&#xa0;: toutes les modifications faites ici sont parvenues au hub.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting.</source>
        <translation>
            <numerusform>%n modification en attente.</numerusform>
            <numerusform>%n modifications en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 changes waiting.</source>
        <translation>Les %1 premières des %2 modifications en attente.</translation>
    </message>
    <message>
        <source>Remote services</source>
        <translation>Services distants</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SyncStatusText</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>Téléchargement… %1 %</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit (à résoudre)</numerusform>
            <numerusform>%n conflits (à résoudre)</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hub cannot be reached; your changes are kept here until it can.</source>
        <translation>Le hub est injoignable&#xa0;; vos modifications sont conservées ici jusqu&apos;à ce qu&apos;il le redevienne.</translation>
    </message>
    <message>
        <source>Click for the sync panel.</source>
        <translation>Cliquez pour ouvrir le panneau de synchronisation.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::TicketDetailsPage</name>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>1 – High</source>
        <translation>1 – Élevé</translation>
    </message>
    <message>
        <source>2 – Medium</source>
        <translation>2 – Moyen</translation>
    </message>
    <message>
        <source>3 – Low</source>
        <translation>3 – Faible</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Derived from impact and urgency</source>
        <translation>Déduite de l&apos;impact et de l&apos;urgence</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>e.g. network/vpn</source>
        <translation>p. ex. network/vpn</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>&amp;Demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>G&amp;roupe&#xa0;:</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Groupe de support</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Business service (CI name)</source>
        <translation>Service métier (nom du CI)</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Élément de configuration</translation>
    </message>
    <message>
        <source>Affected configuration item</source>
        <translation>Élément de configuration concerné</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What happens, since when, who is affected</source>
        <translation>Ce qui se passe, depuis quand, qui est concerné</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>How it was solved or why it was closed</source>
        <translation>Comment le problème a été résolu ou pourquoi le ticket a été clôturé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>&amp;Workaround:</source>
        <translation>Solution de contour&amp;nement&#xa0;:</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Solution de contournement</translation>
    </message>
    <message>
        <source>&amp;Known error (the workaround is published)</source>
        <translation>Erreur &amp;connue (la solution de contournement est publiée)</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Erreur connue</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Type de changement</translation>
    </message>
    <message>
        <source>Planned start is set</source>
        <translation>Le début prévu est défini</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Définir une date</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>&amp;Fin prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Planned end is set</source>
        <translation>La fin prévue est définie</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Standard (pre-approved)</source>
        <translation>Standard (pré-approuvé)</translation>
    </message>
    <message>
        <source>Normal (CAB approval)</source>
        <translation>Normal (approbation du CAB)</translation>
    </message>
    <message>
        <source>Emergency (ECAB)</source>
        <translation>Urgent (ECAB)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Très élevé</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non planifié</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert le %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour le %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>résolu le %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>clôturé le %1</translation>
    </message>
    <message>
        <source>Im&amp;pact:</source>
        <translation>I&amp;mpact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Assig&amp;né à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;I:</source>
        <translation>C&amp;I&#xa0;:</translation>
    </message>
    <message>
        <source>Res&amp;olution:</source>
        <translation>Rés&amp;olution&#xa0;:</translation>
    </message>
    <message>
        <source>Root caus&amp;e:</source>
        <translation>Cause racin&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Pla&amp;nned start:</source>
        <translation>Dé&amp;but prévu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::TicketForm</name>
    <message>
        <source>Ticket form</source>
        <translation>Formulaire du ticket</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Numéro du ticket</translation>
    </message>
    <message>
        <source>Ticket kind</source>
        <translation>Type de ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>A short summary of the ticket</source>
        <translation>Un court résumé du ticket</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Passer à&#xa0;:</translation>
    </message>
    <message>
        <source>Next state</source>
        <translation>État suivant</translation>
    </message>
    <message>
        <source>The states this ticket may move to from its current state</source>
        <translation>Les états vers lesquels ce ticket peut passer depuis son état actuel</translation>
    </message>
    <message>
        <source>Move to the chosen state</source>
        <translation>Passer à l&apos;état choisi</translation>
    </message>
    <message>
        <source>Save ticket</source>
        <translation>Enregistrer le ticket</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Reload the ticket</source>
        <translation>Recharger le ticket</translation>
    </message>
    <message>
        <source>Load the ticket as it is now stored; your unsaved edits are discarded</source>
        <translation>Charger le ticket tel qu&apos;il est enregistré actuellement&#xa0;; vos modifications non enregistrées sont abandonnées</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Ticket sections</source>
        <translation>Sections du ticket</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Solution de contournement</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Erreur connue</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Type de changement</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Affected CIs</source>
        <translation>CI concernés</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Plan de mise en œuvre</translation>
    </message>
    <message>
        <source>Backout plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Plan de test</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Liens</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau ticket&#xa0;: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Save the ticket before moving it on</source>
        <translation>Enregistrez le ticket avant de changer son état</translation>
    </message>
    <message>
        <source>%1 is a final state</source>
        <translation>%1 est un état final</translation>
    </message>
    <message>
        <source>SLA unknown</source>
        <translation>SLA inconnu</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Aucun SLA</translation>
    </message>
    <message>
        <source>SLA %1 · %2 over</source>
        <translation>SLA %1 · %2 de dépassement</translation>
    </message>
    <message>
        <source>SLA %1 · %2 left</source>
        <translation>SLA %1 · reste %2</translation>
    </message>
    <message>
        <source>Time left to the resolution target, in business time</source>
        <translation>Temps restant jusqu&apos;à l&apos;objectif de résolution, en heures ouvrées</translation>
    </message>
    <message>
        <source>Save the ticket before moving it on.</source>
        <translation>Enregistrez le ticket avant de changer son état.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it, so nothing was saved. Your edits are still here. Reload to see the stored ticket (this discards your edits), then apply them again.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert&#xa0;; rien n&apos;a donc été enregistré. Vos modifications sont toujours là. Rechargez pour voir le ticket enregistré (cela abandonne vos modifications), puis appliquez-les de nouveau.</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>Approbations requises</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>Review outcome</source>
        <translation>Résultat de la revue</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revue</translation>
    </message>
    <message>
        <source>Affected &amp;CIs</source>
        <translation>CI &amp;concernés</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>Pla&amp;ns</translation>
    </message>
    <message>
        <source>Ris&amp;k</source>
        <translation>Ris&amp;que</translation>
    </message>
    <message>
        <source>Appr&amp;ovals</source>
        <translation>Appr&amp;obations</translation>
    </message>
    <message>
        <source>Collisio&amp;ns</source>
        <translation>Coll&amp;isions</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Rev&amp;ue</translation>
    </message>
    <message>
        <source>Collisio&amp;ns (%1)</source>
        <translation>Coll&amp;isions (%1)</translation>
    </message>
    <message>
        <source>Changed by someone else — your edits will be merged on save.</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre — vos modifications seront fusionnées à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>SLA de résolution</translation>
    </message>
    <message>
        <source>%1 (%2 % of the target used)</source>
        <translation>%1 (%2 % de la cible utilisés)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::TicketTabs</name>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>&amp;Save Ticket</source>
        <translation>&amp;Enregistrer le ticket</translation>
    </message>
    <message>
        <source>&amp;Close Ticket</source>
        <translation>&amp;Fermer le ticket</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ouvrir le ticket</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::TimelineView</name>
    <message>
        <source>Change calendar, timeline</source>
        <translation>Calendrier des changements, chronologie</translation>
    </message>
    <message>
        <source>(no configuration item)</source>
        <translation>(aucun élément de configuration)</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source>Freeze: %1 (%2)</source>
        <translation>Période de gel&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Maintenance window: %1</source>
        <translation>Fenêtre de maintenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Élément de configuration</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::TransitionDialog</name>
    <message>
        <source>Move ticket</source>
        <translation>Changer l&apos;état du ticket</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1&#xa0;: passer à %2</translation>
    </message>
    <message>
        <source>To move this %1 from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;, fill in:</source>
        <translation>Pour faire passer ce ticket (%1) de &lt;b&gt;%2&lt;/b&gt; à &lt;b&gt;%3&lt;/b&gt;, renseignez&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move to %1</source>
        <translation>&amp;Passer à %1</translation>
    </message>
    <message>
        <source>(choose a group)</source>
        <translation>(choisir un groupe)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::WeekView</name>
    <message>
        <source>Change calendar, week</source>
        <translation>Calendrier des changements, semaine</translation>
    </message>
    <message>
        <source>Freeze: %1 (%2)</source>
        <translation>Période de gel&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Maintenance window of %1: %2</source>
        <translation>Fenêtre de maintenance de %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
