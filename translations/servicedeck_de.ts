<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ServiceDeck</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Feld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; known fields are: %2</source>
        <translation>Unbekanntes Feld &quot;%1&quot;; bekannte Felder sind: %2</translation>
    </message>
    <message>
        <source>not a field of a %1</source>
        <translation>ist kein Feld der Ticketart %1</translation>
    </message>
    <message>
        <source>is kept by ServiceDeck and cannot be set</source>
        <translation>wird von ServiceDeck verwaltet und kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>muss einzeilig sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level from 1 (high) to 3 (low)</source>
        <translation>&quot;%1&quot; ist keine Stufe von 1 (hoch) bis 3 (niedrig)</translation>
    </message>
    <message>
        <source>is derived from impact and urgency</source>
        <translation>ergibt sich aus impact und urgency</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of a %2; states are: %3</source>
        <translation>&quot;%1&quot; ist kein Status der Ticketart %2; mögliche Status sind: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date or date-time (for example 2026-03-01 or 2026-03-01T14:30:00Z)</source>
        <translation>&quot;%1&quot; ist kein Datum und keine Datums-Uhrzeit nach ISO 8601 (zum Beispiel 2026-03-01 oder 2026-03-01T14:30:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form FIELD=VALUE</source>
        <translation>&quot;%1&quot; hat nicht die Form FIELD=VALUE</translation>
    </message>
    <message>
        <source>Field &quot;state&quot;: &quot;%1&quot; is not a state of a %2; states are: %3</source>
        <translation>Feld &quot;state&quot;: &quot;%1&quot; ist kein Status der Ticketart %2; mögliche Status sind: %3</translation>
    </message>
    <message>
        <source>Moving a %1 from %2 to %3 needs: %4</source>
        <translation>Für den Wechsel eines Tickets der Art %1 von %2 nach %3 wird benötigt: %4</translation>
    </message>
    <message>
        <source>Field &quot;state&quot;: a %1 in state %2 cannot move to %3; %2 is final</source>
        <translation>Feld &quot;state&quot;: Ein Ticket der Art %1 im Status %2 kann nicht nach %3 wechseln; %2 ist ein Endstatus</translation>
    </message>
    <message>
        <source>Field &quot;state&quot;: a %1 in state %2 cannot move to %3; allowed: %4</source>
        <translation>Feld &quot;state&quot;: Ein Ticket der Art %1 im Status %2 kann nicht nach %3 wechseln; erlaubt: %4</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
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
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Fulfilling</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Analyse</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Assessing</source>
        <translation>In Bewertung</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>In Implementierung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1 is not %2; use one of: %3</source>
        <translation>%1 ist nicht als %2 zulässig; verwenden Sie einen dieser Werte: %3</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; needs a value</source>
        <translation>Feld &quot;%1&quot; braucht einen Wert</translation>
    </message>
    <message>
        <source>&quot;none&quot; cannot be compared with &quot;%1&quot;; use %2:none or -%2:none</source>
        <translation>&quot;none&quot; kann nicht mit &quot;%1&quot; verglichen werden; verwenden Sie %2:none oder -%2:none</translation>
    </message>
    <message>
        <source>a ticket kind</source>
        <translation>Ticketart</translation>
    </message>
    <message>
        <source>a state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>an SLA status</source>
        <translation>SLA-Status</translation>
    </message>
    <message>
        <source>a value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>%1 is not a number from 1 (high) to 3 (low)</source>
        <translation>%1 ist keine Zahl von 1 (hoch) bis 3 (niedrig)</translation>
    </message>
    <message>
        <source>%1 is not a priority; use 1 to 5 or P1 to P5</source>
        <translation>%1 ist keine Priorität; verwenden Sie 1 bis 5 oder P1 bis P5</translation>
    </message>
    <message>
        <source>%1 is not a date; use an ISO date (2026-03-01), a date-time (2026-03-01T14:30Z), today, or a time relative to now such as -7d, -12h, -30m, -2w or +3d</source>
        <translation>%1 ist kein Datum; verwenden Sie ein ISO-Datum (2026-03-01), eine Datums-Uhrzeit (2026-03-01T14:30Z), today oder eine Zeit relativ zu jetzt wie -7d, -12h, -30m, -2w oder +3d</translation>
    </message>
    <message>
        <source>Unexpected control character %1 at column %2; remove it</source>
        <translation>Unerwartetes Steuerzeichen %1 in Spalte %2; entfernen Sie es</translation>
    </message>
    <message>
        <source>Unterminated quote at column %1; end the quoted text with &quot; (write \&quot; for a quote inside it)</source>
        <translation>Nicht geschlossenes Anführungszeichen in Spalte %1; beenden Sie den Text in Anführungszeichen mit &quot; (schreiben Sie \&quot; für ein Anführungszeichen darin)</translation>
    </message>
    <message>
        <source>Expected a word, a &quot;phrase&quot; or field:value after &quot;-&quot; at column %1</source>
        <translation>Nach &quot;-&quot; in Spalte %1 wird ein Wort, eine &quot;Phrase&quot; oder field:value erwartet</translation>
    </message>
    <message>
        <source>Unexpected &quot;-&quot; at column %1; a term can be negated only once</source>
        <translation>Unerwartetes &quot;-&quot; in Spalte %1; ein Suchbegriff kann nur einmal verneint werden</translation>
    </message>
    <message>
        <source>Expected a field name before &quot;%1&quot; at column %2</source>
        <translation>Vor &quot;%1&quot; in Spalte %2 wird ein Feldname erwartet</translation>
    </message>
    <message>
        <source>Expected a space after the closing quote at column %1</source>
        <translation>Nach dem schließenden Anführungszeichen in Spalte %1 wird ein Leerzeichen erwartet</translation>
    </message>
    <message>
        <source>Unexpected quote at column %1 inside a word; put the whole phrase in quotes</source>
        <translation>Unerwartetes Anführungszeichen in Spalte %1 innerhalb eines Wortes; setzen Sie die ganze Phrase in Anführungszeichen</translation>
    </message>
    <message>
        <source>known fields are: %1</source>
        <translation>bekannte Felder sind: %1</translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation>meinten Sie %1?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; %3</source>
        <translation>Unbekanntes Feld %1 in Spalte %2; %3</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has no order, so &quot;%2&quot; at column %3 does not apply; use %1:VALUE (comparisons work on priority, impact, urgency and dates)</source>
        <translation>Feld &quot;%1&quot; hat keine Reihenfolge, daher ist &quot;%2&quot; in Spalte %3 nicht anwendbar; verwenden Sie %1:VALUE (Vergleiche funktionieren mit priority, impact, urgency und Datumsfeldern)</translation>
    </message>
    <message>
        <source>Missing value after &quot;%1%2&quot; at column %3</source>
        <translation>Fehlender Wert nach &quot;%1%2&quot; in Spalte %3</translation>
    </message>
    <message>
        <source>Missing value after &quot;,&quot; at column %1</source>
        <translation>Fehlender Wert nach &quot;,&quot; in Spalte %1</translation>
    </message>
    <message>
        <source>Expected a space or &quot;,&quot; after the closing quote at column %1</source>
        <translation>Nach dem schließenden Anführungszeichen in Spalte %1 wird ein Leerzeichen oder &quot;,&quot; erwartet</translation>
    </message>
    <message>
        <source>Missing value before &quot;,&quot; at column %1</source>
        <translation>Fehlender Wert vor &quot;,&quot; in Spalte %1</translation>
    </message>
    <message>
        <source>Unexpected quote at column %1 inside a value; put the whole value in quotes</source>
        <translation>Unerwartetes Anführungszeichen in Spalte %1 innerhalb eines Wertes; setzen Sie den ganzen Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>Empty value at column %1</source>
        <translation>Leerer Wert in Spalte %1</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; at column %2: %3</source>
        <translation>Feld &quot;%1&quot; in Spalte %2: %3</translation>
    </message>
    <message>
        <source>A comparison takes a single value; remove the &quot;,&quot; at column %1</source>
        <translation>Ein Vergleich nimmt nur einen Wert an; entfernen Sie das &quot;,&quot; in Spalte %1</translation>
    </message>
    <message>
        <source>Empty sort field at column %1</source>
        <translation>Leeres Sortierfeld in Spalte %1</translation>
    </message>
    <message>
        <source>sortable fields are: %1</source>
        <translation>sortierbare Felder sind: %1</translation>
    </message>
    <message>
        <source>Unknown sort field %1 at column %2; %3</source>
        <translation>Unbekanntes Sortierfeld %1 in Spalte %2; %3</translation>
    </message>
    <message>
        <source>Sort field &quot;%1&quot; at column %2 is already listed</source>
        <translation>Sortierfeld &quot;%1&quot; in Spalte %2 ist bereits aufgeführt</translation>
    </message>
    <message>
        <source>Field &quot;text&quot;: a comment needs some text</source>
        <translation>Feld &quot;text&quot;: Ein Kommentar braucht Text</translation>
    </message>
    <message>
        <source>Field &quot;minutes&quot;: time spent cannot be negative</source>
        <translation>Feld &quot;minutes&quot;: Der Zeitaufwand kann nicht negativ sein</translation>
    </message>
    <message>
        <source>Field &quot;type&quot;: &quot;%1&quot; is not one of: %2</source>
        <translation>Feld &quot;type&quot;: &quot;%1&quot; ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>A ticket cannot be linked to itself</source>
        <translation>Ein Ticket kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a configuration item needs a name</source>
        <translation>Feld &quot;name&quot;: Ein Konfigurationselement braucht einen Namen</translation>
    </message>
    <message>
        <source>Field &quot;status&quot;: &quot;%1&quot; is not one of: %2</source>
        <translation>Feld &quot;status&quot;: &quot;%1&quot; ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>Field &quot;class&quot;: no CI class &quot;%1&quot;</source>
        <translation>Feld &quot;class&quot;: Keine CI-Klasse &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a configuration item &quot;%1&quot; exists already</source>
        <translation>Feld &quot;name&quot;: Ein Konfigurationselement &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>Field &quot;owner_group&quot;: no group named &quot;%1&quot;</source>
        <translation>Feld &quot;owner_group&quot;: Keine Gruppe mit dem Namen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A configuration item cannot be related to itself</source>
        <translation>Ein Konfigurationselement kann nicht mit sich selbst in Beziehung stehen</translation>
    </message>
    <message>
        <source>Field &quot;type&quot;: no relation type &quot;%1&quot;</source>
        <translation>Feld &quot;type&quot;: Kein Beziehungstyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>No database at %1; create one with servicedeck-cli init</source>
        <translation>Keine Datenbank unter %1; legen Sie eine mit servicedeck-cli init an</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this ServiceDeck knows versions up to %3; use a newer ServiceDeck. The database was not changed.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, aber dieses ServiceDeck kennt nur Versionen bis %3; verwenden Sie ein neueres ServiceDeck. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 has no ServiceDeck schema; create it with servicedeck-cli init</source>
        <translation>Die Datenbank %1 hat kein ServiceDeck-Schema; legen Sie es mit servicedeck-cli init an</translation>
    </message>
    <message>
        <source>schema step %1 (%2)</source>
        <translation>Schemaschritt %1 (%2)</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler (%1): %2</translation>
    </message>
    <message>
        <source>Malformed database URL &quot;%1&quot;: %2</source>
        <translation>Ungültige Datenbank-URL &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation>der Host fehlt</translation>
    </message>
    <message>
        <source>the user is missing</source>
        <translation>der Benutzer fehlt</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>der Datenbankname fehlt</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file path is missing</source>
        <translation>der Dateipfad fehlt</translation>
    </message>
    <message>
        <source>expected sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>erwartet: sqlite:PATH oder postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <source>Field &quot;login&quot;: &quot;%1&quot; is not a valid login</source>
        <translation>Feld &quot;login&quot;: &quot;%1&quot; ist kein gültiger Login</translation>
    </message>
    <message>
        <source>Field &quot;roles&quot;: unknown role &quot;%1&quot;; roles are: %2</source>
        <translation>Feld &quot;roles&quot;: Unbekannte Rolle &quot;%1&quot;; Rollen sind: %2</translation>
    </message>
    <message>
        <source>Field &quot;login&quot;: a user &quot;%1&quot; exists already</source>
        <translation>Feld &quot;login&quot;: Ein Benutzer &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a group needs a name</source>
        <translation>Feld &quot;name&quot;: Eine Gruppe braucht einen Namen</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a group &quot;%1&quot; exists already</source>
        <translation>Feld &quot;name&quot;: Eine Gruppe &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Field &quot;columns&quot;: &quot;%1&quot; is not a column name</source>
        <translation>Feld &quot;columns&quot;: &quot;%1&quot; ist kein Spaltenname</translation>
    </message>
    <message>
        <source>Field &quot;expression&quot;: %1</source>
        <translation>Feld &quot;expression&quot;: %1</translation>
    </message>
    <message>
        <source>Field &quot;sort&quot;: %1</source>
        <translation>Feld &quot;sort&quot;: %1</translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <source>My groups</source>
        <translation>Meine Gruppen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>P1/P2 open</source>
        <translation>P1/P2 offen</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Updated today</source>
        <translation>Heute aktualisiert</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a queue needs a name</source>
        <translation>Feld &quot;name&quot;: Eine Warteschlange braucht einen Namen</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: &quot;%1&quot; is reserved for a standard queue</source>
        <translation>Feld &quot;name&quot;: &quot;%1&quot; ist für eine Standard-Warteschlange reserviert</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: you have a queue &quot;%1&quot; already</source>
        <translation>Feld &quot;name&quot;: Sie haben bereits eine Warteschlange &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; belongs to another user</source>
        <translation>Die Warteschlange &quot;%1&quot; gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; is shared; only an administrator may change it</source>
        <translation>Die Warteschlange &quot;%1&quot; ist freigegeben; nur ein Administrator darf sie ändern</translation>
    </message>
    <message>
        <source>There is no saved queue %1</source>
        <translation>Es gibt keine gespeicherte Warteschlange %1</translation>
    </message>
    <message>
        <source>There is no saved queue &quot;%1&quot;</source>
        <translation>Es gibt keine gespeicherte Warteschlange &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no standard queue &quot;%1&quot;</source>
        <translation>Es gibt keine Standard-Warteschlange &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; was changed elsewhere; refresh and try again</source>
        <translation>Die Warteschlange &quot;%1&quot; wurde anderswo geändert; aktualisieren Sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>No business calendar %1</source>
        <translation>Kein Geschäftskalender %1</translation>
    </message>
    <message>
        <source>Business calendar: unknown time zone &quot;%1&quot;</source>
        <translation>Geschäftskalender: Unbekannte Zeitzone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no user with the login &quot;%1&quot;</source>
        <translation>kein Benutzer mit dem Login &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no group named &quot;%1&quot;</source>
        <translation>keine Gruppe mit dem Namen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no configuration item named &quot;%1&quot;</source>
        <translation>kein Konfigurationselement mit dem Namen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;title&quot;: a ticket needs a title</source>
        <translation>Feld &quot;title&quot;: Ein Ticket braucht einen Titel</translation>
    </message>
    <message>
        <source>Field &quot;state&quot;: a new %1 starts in state %2</source>
        <translation>Feld &quot;state&quot;: Ein neues Ticket der Art %1 beginnt im Status %2</translation>
    </message>
    <message>
        <source>Field &quot;planned_end&quot;: must be after planned_start</source>
        <translation>Feld &quot;planned_end&quot;: muss nach planned_start liegen</translation>
    </message>
    <message>
        <source>No number sequence for %1</source>
        <translation>Keine Nummernfolge für %1</translation>
    </message>
    <message>
        <source>No ticket with the number &quot;%1&quot;</source>
        <translation>Kein Ticket mit der Nummer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing to update: give FIELD=VALUE pairs</source>
        <translation>Nichts zu aktualisieren: Geben Sie FIELD=VALUE-Paare an</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by someone else meanwhile (version %2, expected %3)</source>
        <translation>Ticket %1 wurde inzwischen von jemand anderem geändert (Version %2, erwartet %3)</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by someone else meanwhile</source>
        <translation>Ticket %1 wurde inzwischen von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;me&quot; needs a signed-in user</source>
        <translation>Feld &quot;%1&quot;: &quot;me&quot; erfordert einen angemeldeten Benutzer</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; cannot be searched</source>
        <translation>Feld &quot;%1&quot; ist nicht durchsuchbar</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has no order; use %1:VALUE</source>
        <translation>Feld &quot;%1&quot; hat keine Reihenfolge; verwenden Sie %1:VALUE</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: a comparison takes a single value</source>
        <translation>Feld &quot;%1&quot;: Ein Vergleich nimmt nur einen Wert an</translation>
    </message>
    <message>
        <source>The query contains the control character U+%1</source>
        <translation>Die Abfrage enthält das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>Unknown sort field &quot;%1&quot;; sortable fields are: %2</source>
        <translation>Unbekanntes Sortierfeld &quot;%1&quot;; sortierbare Felder sind: %2</translation>
    </message>
    <message>
        <source>writing rows to %1</source>
        <translation>Schreiben der Zeilen in %1</translation>
    </message>
    <message>
        <source>Seeding cancelled</source>
        <translation>Erzeugen der Demodaten abgebrochen</translation>
    </message>
    <message>
        <source>The database %1 already holds tickets or configuration items; seed demo data only into a new database</source>
        <translation>Die Datenbank %1 enthält bereits Tickets oder Konfigurationselemente; spielen Sie Demodaten nur in eine neue Datenbank ein</translation>
    </message>
    <message>
        <source>Seed counts must not be negative (tickets %1, CIs %2, changes %3)</source>
        <translation>Die Anzahlen für die Demodaten dürfen nicht negativ sein (Tickets %1, CIs %2, Changes %3)</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>Feld &quot;%1&quot;: &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not a date in the form yyyy-mm-dd</source>
        <translation>Feld &quot;%1&quot;: &quot;%2&quot; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not one of: %3</source>
        <translation>Feld &quot;%1&quot;: &quot;%2&quot; ist keiner dieser Werte: %3</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: a value is required</source>
        <translation>Feld &quot;%1&quot;: Ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no configuration item &quot;%2&quot;</source>
        <translation>Feld &quot;%1&quot;: Kein Konfigurationselement &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: the class &quot;%2&quot; has no attribute of that name</source>
        <translation>Feld &quot;%1&quot;: Die Klasse &quot;%2&quot; hat kein Attribut dieses Namens</translation>
    </message>
    <message>
        <source>Impact analysis needs a configuration item to start from</source>
        <translation>Die Auswirkungsanalyse braucht ein Konfigurationselement als Ausgangspunkt</translation>
    </message>
    <message>
        <source>A quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation>Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen</translation>
    </message>
    <message>
        <source>The quoted field that starts here is never closed</source>
        <translation>Das hier beginnende Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field; a quote inside a quoted field is written twice</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes; ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen wird doppelt geschrieben</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1); save it as CSV UTF-8</source>
        <translation>Die Datei ist kein UTF-8-Text (Zeile %1); speichern Sie sie als CSV UTF-8</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Nicht angefordert</translation>
    </message>
    <message>
        <source>A standard change is pre-approved; it needs no CAB decision.</source>
        <translation>Ein Standard-Change ist vorab genehmigt; er braucht keine Entscheidung des CAB.</translation>
    </message>
    <message>
        <source>No approver has been asked yet.</source>
        <translation>Es wurde noch kein Genehmiger angefragt.</translation>
    </message>
    <message>
        <source>%1 rejected the change.</source>
        <translation>%1 hat den Change abgelehnt.</translation>
    </message>
    <message>
        <source>%1 rejected the change: %2</source>
        <translation>%1 hat den Change abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 of %2 approvers approved; %3 needed.</source>
        <translation>%1 von %2 Genehmigern haben genehmigt; %3 erforderlich.</translation>
    </message>
    <message>
        <source>Every requested approver approved.</source>
        <translation>Alle angefragten Genehmiger haben genehmigt.</translation>
    </message>
    <message>
        <source>The quorum of %1 approvals exceeds the %2 approvers asked; ask more approvers.</source>
        <translation>Das Quorum von %1 Genehmigungen übersteigt die Zahl der %2 angefragten Genehmiger; fragen Sie weitere Genehmiger an.</translation>
    </message>
    <message>
        <source>%1 of %2 approvals given.</source>
        <translation>%1 von %2 Genehmigungen erteilt.</translation>
    </message>
    <message>
        <source>The plan or the window changed after the approval of %1; they must approve again.</source>
        <translation>Plan oder Zeitfenster wurden nach der Genehmigung durch %1 geändert; eine erneute Genehmigung ist erforderlich.</translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation>Wartet auf %1.</translation>
    </message>
    <message>
        <source>Rule &quot;only cab approves&quot;: %1 does not hold the cab role and cannot approve or reject changes</source>
        <translation>Regel &quot;nur cab genehmigt&quot;: %1 hat die Rolle cab nicht und kann keine Changes genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>Rule &quot;only change_manager schedules&quot;: %1 does not hold the change_manager role and cannot set or move a change&apos;s planned window</source>
        <translation>Regel &quot;nur change_manager plant&quot;: %1 hat die Rolle change_manager nicht und kann das geplante Zeitfenster eines Change weder festlegen noch verschieben</translation>
    </message>
    <message>
        <source>Rule &quot;only requested approvers decide&quot;: %1 has no open approval request on this change</source>
        <translation>Regel &quot;nur angefragte Genehmiger entscheiden&quot;: %1 hat keine offene Genehmigungsanfrage zu diesem Change</translation>
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
        <translation>Notfall</translation>
    </message>
    <message>
        <source>%1 and %2 overlap from %3 to %4 and both change %5.</source>
        <translation>%1 und %2 überschneiden sich von %3 bis %4 und ändern beide %5.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap from %3 to %4, and one changes what the other&apos;s CIs depend on: %5.</source>
        <translation>%1 und %2 überschneiden sich von %3 bis %4, und einer ändert, wovon die CIs des anderen abhängen: %5.</translation>
    </message>
    <message>
        <source>%1 implements both %2 and %3, which overlap from %4 to %5.</source>
        <translation>%1 setzt sowohl %2 als auch %3 um, die sich von %4 bis %5 überschneiden.</translation>
    </message>
    <message>
        <source>%1 falls into the freeze &quot;%2&quot; (%3 to %4), which stops every change.</source>
        <translation>%1 fällt in die Änderungssperre &quot;%2&quot; (%3 bis %4), die alle Changes untersagt.</translation>
    </message>
    <message>
        <source>%1 falls into the freeze &quot;%2&quot; (%3 to %4), which covers %5.</source>
        <translation>%1 fällt in die Änderungssperre &quot;%2&quot; (%3 bis %4), die %5 umfasst.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) is not inside a maintenance window of %4.</source>
        <translation>%1 (%2 bis %3) liegt nicht in einem Wartungsfenster von %4.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Which users notice the change while it runs?</source>
        <translation>Welche Benutzer bemerken den Change während der Durchführung?</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>One team</source>
        <translation>Ein Team</translation>
    </message>
    <message>
        <source>A site or a department</source>
        <translation>Ein Standort oder eine Abteilung</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>How many configuration items does it touch?</source>
        <translation>Wie viele Konfigurationselemente sind betroffen?</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Eines</translation>
    </message>
    <message>
        <source>Two to five</source>
        <translation>Zwei bis fünf</translation>
    </message>
    <message>
        <source>More than five</source>
        <translation>Mehr als fünf</translation>
    </message>
    <message>
        <source>Was the change tested before?</source>
        <translation>Wurde der Change vorher getestet?</translation>
    </message>
    <message>
        <source>Yes, on a production-like system</source>
        <translation>Ja, auf einem produktionsnahen System</translation>
    </message>
    <message>
        <source>Yes, on a test system</source>
        <translation>Ja, auf einem Testsystem</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Is there a way back?</source>
        <translation>Gibt es einen Weg zurück?</translation>
    </message>
    <message>
        <source>A tested backout plan</source>
        <translation>Einen getesteten Rückfallplan</translation>
    </message>
    <message>
        <source>A documented, untested backout plan</source>
        <translation>Einen dokumentierten, ungetesteten Rückfallplan</translation>
    </message>
    <message>
        <source>No way back</source>
        <translation>Keinen Weg zurück</translation>
    </message>
    <message>
        <source>Does it run during business hours?</source>
        <translation>Läuft er während der Geschäftszeiten?</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Risk assessment: there is no question &quot;%1&quot;</source>
        <translation>Risikobewertung: Es gibt keine Frage &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Risk assessment: &quot;%1&quot; is not answered</source>
        <translation>Risikobewertung: &quot;%1&quot; ist nicht beantwortet</translation>
    </message>
    <message>
        <source>Risk assessment: &quot;%1&quot; is not an answer to &quot;%2&quot;; answers are: %3</source>
        <translation>Risikobewertung: &quot;%1&quot; ist keine Antwort auf &quot;%2&quot;; mögliche Antworten sind: %3</translation>
    </message>
    <message>
        <source>No configuration item with the id %1</source>
        <translation>Kein Konfigurationselement mit der ID %1</translation>
    </message>
    <message>
        <source>Configuration item &quot;%1&quot; was changed by someone else meanwhile (version %2, edited from version %3); reload it and edit again</source>
        <translation>Das Konfigurationselement &quot;%1&quot; wurde inzwischen von jemand anderem geändert (Version %2, bearbeitet wurde Version %3); laden Sie es neu und bearbeiten Sie es erneut</translation>
    </message>
    <message>
        <source>Configuration item &quot;%1&quot; was changed by someone else meanwhile</source>
        <translation>Das Konfigurationselement &quot;%1&quot; wurde inzwischen von jemand anderem geändert</translation>
    </message>
    <message>
        <source>A relation needs two existing configuration items</source>
        <translation>Eine Beziehung braucht zwei vorhandene Konfigurationselemente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is related to &quot;%2&quot; by &quot;%3&quot; already</source>
        <translation>&quot;%1&quot; steht bereits über &quot;%3&quot; mit &quot;%2&quot; in Beziehung</translation>
    </message>
    <message>
        <source>No relation with the id %1</source>
        <translation>Keine Beziehung mit der ID %1</translation>
    </message>
    <message>
        <source>reading CI relations</source>
        <translation>Lesen der CI-Beziehungen</translation>
    </message>
    <message>
        <source>computing the impact closure</source>
        <translation>Berechnen der transitiven Auswirkungen</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice</source>
        <translation>Die Spalte &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>No CI class has an attribute &quot;%1&quot;</source>
        <translation>Keine CI-Klasse hat ein Attribut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot;</source>
        <translation>Die Kopfzeile hat keine Spalte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n Feld, die Kopfzeile hat aber %1</numerusform>
            <numerusform>%n Felder, die Kopfzeile hat aber %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A configuration item needs a name</source>
        <translation>Ein Konfigurationselement braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on line %2 already, with different values</source>
        <translation>&quot;%1&quot; steht bereits in Zeile %2, mit anderen Werten</translation>
    </message>
    <message>
        <source>A configuration item needs a class</source>
        <translation>Ein Konfigurationselement braucht eine Klasse</translation>
    </message>
    <message>
        <source>No CI class &quot;%1&quot;</source>
        <translation>Keine CI-Klasse &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists as a %2; an import does not change the class of a CI</source>
        <translation>&quot;%1&quot; existiert als %2; ein Import ändert die Klasse eines CI nicht</translation>
    </message>
    <message>
        <source>No support group &quot;%1&quot;</source>
        <translation>Keine Supportgruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no attribute &quot;%2&quot;</source>
        <translation>Die Klasse &quot;%1&quot; hat kein Attribut &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; requires the attribute &quot;%2&quot;</source>
        <translation>Die Klasse &quot;%1&quot; erfordert das Attribut &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>%1 (character %2)</source>
        <translation>%1 (Zeichen %2)</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported</source>
        <translation>
            <numerusform>Die Datei enthält %n Fehler; es wurde nichts importiert</numerusform>
            <numerusform>Die Datei enthält %n Fehler; es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>updating configuration items</source>
        <translation>Aktualisieren der Konfigurationselemente</translation>
    </message>
    <message>
        <source>Line %1: configuration item &quot;%2&quot; was changed by someone else since the file was checked; check the file again</source>
        <translation>Zeile %1: Das Konfigurationselement &quot;%2&quot; wurde seit der Prüfung der Datei von jemand anderem geändert; prüfen Sie die Datei erneut</translation>
    </message>
    <message>
        <source>updating CI attributes</source>
        <translation>Aktualisieren der CI-Attribute</translation>
    </message>
    <message>
        <source>A relation needs a source CI</source>
        <translation>Eine Beziehung braucht ein Quell-CI</translation>
    </message>
    <message>
        <source>No configuration item &quot;%1&quot;</source>
        <translation>Kein Konfigurationselement &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A relation needs a target CI</source>
        <translation>Eine Beziehung braucht ein Ziel-CI</translation>
    </message>
    <message>
        <source>This part_of relation would make a configuration item part of itself</source>
        <translation>Diese part_of-Beziehung würde ein Konfigurationselement zu einem Teil von sich selbst machen</translation>
    </message>
    <message>
        <source>No change with the id %1</source>
        <translation>Kein Change mit der ID %1</translation>
    </message>
    <message>
        <source>No user with the id %1</source>
        <translation>Kein Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>A decision is &quot;approved&quot; or &quot;rejected&quot;</source>
        <translation>Eine Entscheidung lautet &quot;approved&quot; oder &quot;rejected&quot;</translation>
    </message>
    <message>
        <source>Field &quot;approval_quorum&quot;: %1 is not a number of approvals</source>
        <translation>Feld &quot;approval_quorum&quot;: %1 ist keine gültige Anzahl von Genehmigungen</translation>
    </message>
    <message>
        <source>Maintenance window &quot;%1&quot; of %2: &quot;%3&quot; is not a known time zone</source>
        <translation>Wartungsfenster &quot;%1&quot; von %2: &quot;%3&quot; ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>Field &quot;service&quot;: a maintenance window needs a service</source>
        <translation>Feld &quot;service&quot;: Ein Wartungsfenster braucht einen Service</translation>
    </message>
    <message>
        <source>Field &quot;service&quot;: there is no configuration item with the id %1</source>
        <translation>Feld &quot;service&quot;: Es gibt kein Konfigurationselement mit der ID %1</translation>
    </message>
    <message>
        <source>Field &quot;service&quot;: &quot;%1&quot; is of class %2, not a business service; maintenance windows belong to services</source>
        <translation>Feld &quot;service&quot;: &quot;%1&quot; gehört zur Klasse %2 und ist kein Business-Service; Wartungsfenster gehören zu Services</translation>
    </message>
    <message>
        <source>Field &quot;weekday&quot;: %1 is not a weekday (1 = Monday … 7 = Sunday)</source>
        <translation>Feld &quot;weekday&quot;: %1 ist kein Wochentag (1 = Montag … 7 = Sonntag)</translation>
    </message>
    <message>
        <source>Field &quot;start_minute&quot;: %1 is not a time of day (0 … 1439 minutes after midnight)</source>
        <translation>Feld &quot;start_minute&quot;: %1 ist keine Tageszeit (0 … 1439 Minuten nach Mitternacht)</translation>
    </message>
    <message>
        <source>Field &quot;duration_minutes&quot;: a maintenance window lasts from 1 to %1 minutes (one week), not %2</source>
        <translation>Feld &quot;duration_minutes&quot;: Ein Wartungsfenster dauert 1 bis %1 Minuten (eine Woche), nicht %2</translation>
    </message>
    <message>
        <source>Field &quot;time_zone&quot;: &quot;%1&quot; is not a known time zone</source>
        <translation>Feld &quot;time_zone&quot;: &quot;%1&quot; ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>The maintenance window was deleted by someone else meanwhile</source>
        <translation>Das Wartungsfenster wurde inzwischen von jemand anderem gelöscht</translation>
    </message>
    <message>
        <source>The maintenance window of %1 was changed by someone else meanwhile (version %2, edited from version %3); reload it and edit again</source>
        <translation>Das Wartungsfenster von %1 wurde inzwischen von jemand anderem geändert (Version %2, bearbeitet wurde Version %3); laden Sie es neu und bearbeiten Sie es erneut</translation>
    </message>
    <message>
        <source>The maintenance window of %1 was changed by someone else meanwhile</source>
        <translation>Das Wartungsfenster von %1 wurde inzwischen von jemand anderem geändert</translation>
    </message>
    <message>
        <source>The maintenance window of %1 was changed by someone else meanwhile (version %2, read at version %3); reload it before deleting it</source>
        <translation>Das Wartungsfenster von %1 wurde inzwischen von jemand anderem geändert (Version %2, gelesen wurde Version %3); laden Sie es neu, bevor Sie es löschen</translation>
    </message>
    <message>
        <source>Rule &quot;only change_manager manages windows&quot;: %1 holds neither the change_manager nor the admin role and cannot create, edit or delete freeze or maintenance windows</source>
        <translation>Regel &quot;nur change_manager verwaltet Zeitfenster&quot;: %1 hat weder die Rolle change_manager noch die Rolle admin und kann keine Änderungssperren oder Wartungsfenster anlegen, bearbeiten oder löschen</translation>
    </message>
    <message>
        <source>Field &quot;scope&quot;: there is no configuration item with the id %1</source>
        <translation>Feld &quot;scope&quot;: Es gibt kein Konfigurationselement mit der ID %1</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a freeze window needs a name</source>
        <translation>Feld &quot;name&quot;: Eine Änderungssperre braucht einen Namen</translation>
    </message>
    <message>
        <source>Field &quot;starts&quot;: a freeze window needs a start time</source>
        <translation>Feld &quot;starts&quot;: Eine Änderungssperre braucht einen Beginn</translation>
    </message>
    <message>
        <source>Field &quot;ends&quot;: a freeze window needs an end time</source>
        <translation>Feld &quot;ends&quot;: Eine Änderungssperre braucht ein Ende</translation>
    </message>
    <message>
        <source>Field &quot;ends&quot;: a freeze window must end after it starts (%1 is not after %2)</source>
        <translation>Feld &quot;ends&quot;: Eine Änderungssperre muss nach ihrem Beginn enden (%1 liegt nicht nach %2)</translation>
    </message>
    <message>
        <source>Field &quot;scope&quot;: a global freeze covers every configuration item and takes no scope</source>
        <translation>Feld &quot;scope&quot;: Eine globale Änderungssperre umfasst alle Konfigurationselemente und hat keinen Geltungsbereich</translation>
    </message>
    <message>
        <source>Field &quot;scope&quot;: a scoped freeze needs at least one configuration item</source>
        <translation>Feld &quot;scope&quot;: Eine eingeschränkte Änderungssperre braucht mindestens ein Konfigurationselement</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot; was deleted by someone else meanwhile</source>
        <translation>Die Änderungssperre &quot;%1&quot; wurde inzwischen von jemand anderem gelöscht</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot; was changed by someone else meanwhile (version %2, edited from version %3); reload it and edit again</source>
        <translation>Die Änderungssperre &quot;%1&quot; wurde inzwischen von jemand anderem geändert (Version %2, bearbeitet wurde Version %3); laden Sie sie neu und bearbeiten Sie sie erneut</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot; was changed by someone else meanwhile</source>
        <translation>Die Änderungssperre &quot;%1&quot; wurde inzwischen von jemand anderem geändert</translation>
    </message>
    <message>
        <source>The freeze window %1 was deleted by someone else meanwhile</source>
        <translation>Die Änderungssperre %1 wurde inzwischen von jemand anderem gelöscht</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot; was changed by someone else meanwhile (version %2, read at version %3); reload it before deleting it</source>
        <translation>Die Änderungssperre &quot;%1&quot; wurde inzwischen von jemand anderem geändert (Version %2, gelesen wurde Version %3); laden Sie sie neu, bevor Sie sie löschen</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>CIs: %1</source>
        <translation>CIs: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Implementer: %1</source>
        <translation>Implementierer: %1</translation>
    </message>
    <message>
        <source>Approval: %1</source>
        <translation>Genehmigung: %1</translation>
    </message>
    <message>
        <source>Approval: %1 (%2)</source>
        <translation>Genehmigung: %1 (%2)</translation>
    </message>
    <message>
        <source>Collision: %1</source>
        <translation>Kollision: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change freeze: %1</source>
        <translation>Änderungssperre: %1</translation>
    </message>
    <message>
        <source>Scope: every CI</source>
        <translation>Geltungsbereich: alle CIs</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Geltungsbereich: %1</translation>
    </message>
    <message>
        <source>Change freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Change-Kalender</translation>
    </message>
    <message>
        <source>Only an administrator may delete tickets; %1 is not one</source>
        <translation>Nur ein Administrator darf Tickets löschen; %1 ist keiner</translation>
    </message>
    <message>
        <source>The database driver cannot receive change notifications</source>
        <translation>Der Datenbanktreiber kann keine Änderungsbenachrichtigungen empfangen</translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Änderungen an %1 können nicht überwacht werden: %2</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: choose your value or the stored one</source>
        <translation>Feld &quot;%1&quot;: Wählen Sie Ihren Wert oder den gespeicherten</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by someone else meanwhile; saving was cancelled and nothing was written</source>
        <translation>Ticket %1 wurde inzwischen von jemand anderem geändert; das Speichern wurde abgebrochen und nichts geschrieben</translation>
    </message>
    <message>
        <source>This database has never been synced</source>
        <translation>Diese Datenbank wurde noch nie synchronisiert</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; changed on both sides</source>
        <translation>%1: Feld &quot;%2&quot; wurde auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>%1: edited here, deleted on the hub</source>
        <translation>%1: hier bearbeitet, auf dem Hub gelöscht</translation>
    </message>
    <message>
        <source>%1: deleted here, edited on the hub</source>
        <translation>%1: hier gelöscht, auf dem Hub bearbeitet</translation>
    </message>
    <message>
        <source>%1: the hub refused the change: %2</source>
        <translation>%1: Der Hub hat die Änderung abgelehnt: %2</translation>
    </message>
    <message>
        <source>No open conflict with the id &quot;%1&quot;</source>
        <translation>Kein offener Konflikt mit der ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one conflict; give more of the id</source>
        <translation>&quot;%1&quot; passt auf mehr als einen Konflikt; geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <source>Only a field conflict takes a value of its own; take local or remote</source>
        <translation>Nur ein Feldkonflikt nimmt einen eigenen Wert an; verwenden Sie local oder remote</translation>
    </message>
    <message>
        <source>The ticket of this conflict is gone</source>
        <translation>Das Ticket dieses Konflikts existiert nicht mehr</translation>
    </message>
    <message>
        <source>The record of this conflict is gone</source>
        <translation>Der Datensatz dieses Konflikts existiert nicht mehr</translation>
    </message>
    <message>
        <source>The conflict keeps no copy of the record</source>
        <translation>Der Konflikt enthält keine Kopie des Datensatzes</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>Cannot read the replica&apos;s download state</source>
        <translation>Der Download-Status des Replikats kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the replica&apos;s sync cursor</source>
        <translation>Die Synchronisierungsposition des Replikats kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The hub has no number sequence for %1</source>
        <translation>Der Hub hat keine Nummernfolge für %1</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: nothing named &quot;%2&quot;</source>
        <translation>Feld &quot;%1&quot;: Nichts mit dem Namen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The hub has no ServiceDeck tables</source>
        <translation>Der Hub hat keine ServiceDeck-Tabellen</translation>
    </message>
    <message>
        <source>The replica&apos;s copy of the hub schema is damaged; sync again to renew it</source>
        <translation>Die Kopie des Hub-Schemas im Replikat ist beschädigt; synchronisieren Sie erneut, um sie zu erneuern</translation>
    </message>
    <message>
        <source>The hub must be a PostgreSQL database: %1</source>
        <translation>Der Hub muss eine PostgreSQL-Datenbank sein: %1</translation>
    </message>
    <message>
        <source>A replica is a local SQLite database; %1 is not</source>
        <translation>Ein Replikat ist eine lokale SQLite-Datenbank; %1 ist keine</translation>
    </message>
    <message>
        <source>This replica belongs to the hub %1, not %2</source>
        <translation>Dieses Replikat gehört zum Hub %1, nicht zu %2</translation>
    </message>
    <message>
        <source>%1 already holds tickets of its own; a replica starts from an empty database</source>
        <translation>%1 enthält bereits eigene Tickets; ein Replikat beginnt mit einer leeren Datenbank</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; changed here and in %3</source>
        <translation>%1: Feld &quot;%2&quot; wurde hier und in %3 geändert</translation>
    </message>
    <message>
        <source>The remote service of this conflict is gone</source>
        <translation>Der Remote-Dienst dieses Konflikts existiert nicht mehr</translation>
    </message>
    <message>
        <source>Cannot read the replica&apos;s pull cursor</source>
        <translation>Die Abrufposition des Replikats kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The hub did not answer a page of the push</source>
        <translation>Der Hub hat eine Seite der gesendeten Änderungen nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON: %2</source>
        <translation>%1 hat mit fehlerhaftem JSON geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered without a list of items</source>
        <translation>%1 hat ohne eine Liste von Elementen geantwortet</translation>
    </message>
    <message>
        <source>%1 answered with an item that is not an object</source>
        <translation>%1 hat mit einem Element geantwortet, das kein Objekt ist</translation>
    </message>
    <message>
        <source>%1 answered with a different ticket</source>
        <translation>%1 hat mit einem anderen Ticket geantwortet</translation>
    </message>
    <message>
        <source>RT answered a ticket create without the new ticket&apos;s id</source>
        <translation>RT hat das Anlegen eines Tickets ohne die ID des neuen Tickets beantwortet</translation>
    </message>
    <message>
        <source>RT took the comment but does not list it on ticket %1</source>
        <translation>RT hat den Kommentar angenommen, führt ihn aber nicht bei Ticket %1 auf</translation>
    </message>
    <message>
        <source>An RT token is needed</source>
        <translation>Ein RT-Token wird benötigt</translation>
    </message>
    <message>
        <source>%1 does not answer like Request Tracker&apos;s REST2 API</source>
        <translation>%1 antwortet nicht wie die REST2-API von Request Tracker</translation>
    </message>
    <message>
        <source>Request Tracker %1</source>
        <translation>Request Tracker %1</translation>
    </message>
    <message>
        <source>Request Tracker %1 as %2</source>
        <translation>Request Tracker %1 als %2</translation>
    </message>
    <message>
        <source>%1; queues: %2</source>
        <translation>%1; Warteschlangen: %2</translation>
    </message>
    <message>
        <source>The remote &quot;%1&quot; is not a Request Tracker</source>
        <translation>Der Remote-Dienst &quot;%1&quot; ist kein Request Tracker</translation>
    </message>
    <message>
        <source>The remote &quot;%1&quot; maps no RT queue to a group</source>
        <translation>Der Remote-Dienst &quot;%1&quot; ordnet keine RT-Warteschlange einer Gruppe zu</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot;: expected an object of names</source>
        <translation>Einstellung &quot;%1&quot;: ein Objekt mit Namen wurde erwartet</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot;: &quot;%2&quot; needs a name</source>
        <translation>Einstellung &quot;%1&quot;: &quot;%2&quot; benötigt einen Namen</translation>
    </message>
    <message>
        <source>Setting &quot;queues&quot;: a mapping needs an RT queue</source>
        <translation>Einstellung &quot;queues&quot;: eine Zuordnung benötigt eine RT-Warteschlange</translation>
    </message>
    <message>
        <source>Setting &quot;queues&quot;: the queue &quot;%1&quot; needs a group</source>
        <translation>Einstellung &quot;queues&quot;: die Warteschlange &quot;%1&quot; benötigt eine Gruppe</translation>
    </message>
    <message>
        <source>Setting &quot;queues&quot;: unknown kind &quot;%1&quot;</source>
        <translation>Einstellung &quot;queues&quot;: unbekannte Ticketart &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Setting &quot;urgencyToPriority&quot;: &quot;%1&quot; needs an RT priority from 0 to 99</source>
        <translation>Einstellung &quot;urgencyToPriority&quot;: &quot;%1&quot; benötigt eine RT-Priorität von 0 bis 99</translation>
    </message>
    <message>
        <source>Setting &quot;urgencyToPriority&quot;: map at least one level</source>
        <translation>Einstellung &quot;urgencyToPriority&quot;: ordnen Sie mindestens eine Stufe zu</translation>
    </message>
    <message>
        <source>RT listed a ticket without id or LastUpdated</source>
        <translation>RT hat ein Ticket ohne id oder LastUpdated aufgeführt</translation>
    </message>
    <message>
        <source>name: a remote service needs a name</source>
        <translation>name: ein Remote-Dienst benötigt einen Namen</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>url: &quot;%1&quot; ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>url: put the user name in its own field, not in the address</source>
        <translation>url: geben Sie den Benutzernamen in seinem eigenen Feld an, nicht in der Adresse</translation>
    </message>
    <message>
        <source>name: a remote service named &quot;%1&quot; exists already</source>
        <translation>name: ein Remote-Dienst namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>No remote service with id %1</source>
        <translation>Kein Remote-Dienst mit der ID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n empfangen</numerusform>
            <numerusform>%n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n angelegt</numerusform>
            <numerusform>%n angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed&apos;s ticket batch must hold at least one ticket (it is %1)</source>
        <translation>Ein Ticketstapel der Demodaten muss mindestens ein Ticket enthalten (er enthält %1)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Cli</name>
    <message>
        <source>Option --as: no user with the login &quot;%1&quot;</source>
        <translation>Option --as: Kein Benutzer mit dem Login &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ServiceDeck command-line tool.</source>
        <translation>ServiceDeck-Kommandozeilenwerkzeug.</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH or postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>Die Datenbank: sqlite:PATH oder postgresql://USER@HOST[:PORT]/DB.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Act as this user (default: admin).</source>
        <translation>Als dieser Benutzer handeln (Standard: admin).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Option --format: &quot;%1&quot; is not text or json</source>
        <translation>Option --format: &quot;%1&quot; ist weder text noch json</translation>
    </message>
    <message>
        <source>No command given; see --help for the commands</source>
        <translation>Kein Befehl angegeben; siehe --help für die Befehle</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help for the commands</source>
        <translation>Unbekannter Befehl &quot;%1&quot;; siehe --help für die Befehle</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>Datenbank %1 ist bereit (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Sort by fields, &apos;-&apos; for descending: priority,-updated.</source>
        <translation>Nach Feldern sortieren, &apos;-&apos; für absteigend: priority,-updated.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>felder</translation>
    </message>
    <message>
        <source>At most this many tickets.</source>
        <translation>Höchstens so viele Tickets.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>table, json or csv.</source>
        <translation>table, json oder csv.</translation>
    </message>
    <message>
        <source>query takes one expression; quote it as a whole</source>
        <translation>query nimmt einen Ausdruck an; setzen Sie ihn als Ganzes in Anführungszeichen</translation>
    </message>
    <message>
        <source>Option --format: &quot;%1&quot; is not table, json or csv</source>
        <translation>Option --format: &quot;%1&quot; ist weder table, json noch csv</translation>
    </message>
    <message>
        <source>Option --limit: &quot;%1&quot; is not a count</source>
        <translation>Option --limit: &quot;%1&quot; ist keine Anzahl</translation>
    </message>
    <message>
        <source>Option --%1: &quot;%2&quot; is not a count</source>
        <translation>Option --%1: &quot;%2&quot; ist keine Anzahl</translation>
    </message>
    <message>
        <source>Incidents, requests and problems to make.</source>
        <translation>Anzahl zu erzeugender Störungen, Serviceanfragen und Probleme.</translation>
    </message>
    <message>
        <source>Configuration items to make.</source>
        <translation>Anzahl zu erzeugender Konfigurationselemente.</translation>
    </message>
    <message>
        <source>Changes to make.</source>
        <translation>Anzahl zu erzeugender Changes.</translation>
    </message>
    <message>
        <source>Seed of the generator: same seed, same data.</source>
        <translation>Startwert des Generators: gleicher Startwert, gleiche Daten.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Last day of the history (default: today).</source>
        <translation>Letzter Tag der Historie (Standard: heute).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>seed takes options only</source>
        <translation>seed nimmt nur Optionen an</translation>
    </message>
    <message>
        <source>Option --until: &quot;%1&quot; is not an ISO date</source>
        <translation>Option --until: &quot;%1&quot; ist kein ISO-Datum</translation>
    </message>
    <message>
        <source>seed: %1 %2/%3</source>
        <translation>seed: %1 %2/%3</translation>
    </message>
    <message>
        <source>Seeded %1 tickets, %2 changes, %3 CIs with %4 relations, %5 users in %6 groups in %7 s.</source>
        <translation>Demodaten erzeugt: %1 Tickets, %2 Changes, %3 CIs mit %4 Beziehungen, %5 Benutzer in %6 Gruppen in %7 s.</translation>
    </message>
    <message>
        <source>incident, request, problem or change.</source>
        <translation>incident, request, problem oder change.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Der Titel.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Set a field; may be repeated.</source>
        <translation>Ein Feld setzen; kann wiederholt werden.</translation>
    </message>
    <message>
        <source>field=value</source>
        <translation>feld=wert</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; fields go in --set F=V</source>
        <translation>Unerwartetes Argument &quot;%1&quot;; Felder gehören in --set F=V</translation>
    </message>
    <message>
        <source>ticket create needs --kind</source>
        <translation>ticket create benötigt --kind</translation>
    </message>
    <message>
        <source>Option --kind: &quot;%1&quot; is not incident, request, problem or change</source>
        <translation>Option --kind: &quot;%1&quot; ist weder incident, request, problem noch change</translation>
    </message>
    <message>
        <source>ticket create needs --title</source>
        <translation>ticket create benötigt --title</translation>
    </message>
    <message>
        <source>usage: ticket show NUMBER</source>
        <translation>Aufruf: ticket show NUMBER</translation>
    </message>
    <message>
        <source>usage: ticket update NUMBER FIELD=VALUE …</source>
        <translation>Aufruf: ticket update NUMBER FIELD=VALUE …</translation>
    </message>
    <message>
        <source>Set a field with the step; may be repeated.</source>
        <translation>Ein Feld mit dem Statuswechsel setzen; kann wiederholt werden.</translation>
    </message>
    <message>
        <source>usage: ticket transition NUMBER STATE [--set F=V …]</source>
        <translation>Aufruf: ticket transition NUMBER STATE [--set F=V …]</translation>
    </message>
    <message>
        <source>Only the service desk sees it.</source>
        <translation>Nur der Service Desk sieht ihn.</translation>
    </message>
    <message>
        <source>Time spent: makes it a worklog entry.</source>
        <translation>Zeitaufwand: macht ihn zu einem Arbeitsprotokoll-Eintrag.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>usage: ticket comment NUMBER TEXT [--internal] [--minutes M]</source>
        <translation>Aufruf: ticket comment NUMBER TEXT [--internal] [--minutes M]</translation>
    </message>
    <message>
        <source>Option --minutes: &quot;%1&quot; is not a positive number of minutes</source>
        <translation>Option --minutes: &quot;%1&quot; ist keine positive Anzahl Minuten</translation>
    </message>
    <message>
        <source>  SLA: %1, %2 left (%3 % used)
</source>
        <translation>  SLA: %1, noch %2 (%3 % verbraucht)
</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>%1 %2 worked %3 min (%4)</source>
        <translation>%1 %2 hat %3 Min. gearbeitet (%4)</translation>
    </message>
    <message>
        <source>%1 %2 commented (%3)</source>
        <translation>%1 %2 hat kommentiert (%3)</translation>
    </message>
    <message>
        <source>Tickets the database should hold.</source>
        <translation>Anzahl der Tickets, die die Datenbank enthalten soll.</translation>
    </message>
    <message>
        <source>Option --tickets: &quot;%1&quot; is not a count</source>
        <translation>Option --tickets: &quot;%1&quot; ist keine Anzahl</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text oder json.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… und %n weiterer Fehler (nicht aufgeführt)</numerusform>
            <numerusform>… und %n weitere Fehler (nicht aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: cmdb import FILE.csv</source>
        <translation>Aufruf: cmdb import FILE.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>cmdb import: %1 %2/%3</source>
        <translation>cmdb import: %1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s), nothing was imported</source>
        <translation>
            <numerusform>%1: %n Fehler, es wurde nichts importiert</numerusform>
            <numerusform>%1: %n Fehler, es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Imported %1: %2 CIs created, %3 updated, %4 unchanged</source>
        <translation>%1 importiert: %2 CIs angelegt, %3 aktualisiert, %4 unverändert</translation>
    </message>
    <message>
        <source>Imported %1: %2 relations created, %3 present already</source>
        <translation>%1 importiert: %2 Beziehungen angelegt, %3 bereits vorhanden</translation>
    </message>
    <message numerus="yes">
        <source> (%n repeated row(s) written once)</source>
        <translation>
            <numerusform> (%n wiederholte Zeile nur einmal geschrieben)</numerusform>
            <numerusform> (%n wiederholte Zeilen nur einmal geschrieben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the relations instead of the CIs.</source>
        <translation>Die Beziehungen statt der CIs exportieren.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>In diese Datei statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>usage: cmdb export [--relations] [-o FILE]</source>
        <translation>Aufruf: cmdb export [--relations] [-o FILE]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 relations to %2.</source>
        <translation>%1 Beziehungen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 CIs to %2.</source>
        <translation>%1 CIs nach %2 exportiert.</translation>
    </message>
    <message>
        <source>usage: cmdb import|export|impact …</source>
        <translation>Aufruf: cmdb import|export|impact …</translation>
    </message>
    <message>
        <source>Unknown cmdb command &quot;%1&quot;; use import, export or impact</source>
        <translation>Unbekannter cmdb-Befehl &quot;%1&quot;; verwenden Sie import, export oder impact</translation>
    </message>
    <message>
        <source>down: what the CI needs; up: what needs the CI (default down).</source>
        <translation>down: was das CI benötigt; up: was auf das CI angewiesen ist (Standard: down).</translation>
    </message>
    <message>
        <source>up|down</source>
        <translation>up|down</translation>
    </message>
    <message>
        <source>Follow at most this many relations.</source>
        <translation>Höchstens so vielen Beziehungen folgen.</translation>
    </message>
    <message>
        <source>usage: cmdb impact CI [--direction up|down] [--depth N] [--format json]</source>
        <translation>Aufruf: cmdb impact CI [--direction up|down] [--depth N] [--format json]</translation>
    </message>
    <message>
        <source>Option --direction: &quot;%1&quot; is not up or down</source>
        <translation>Option --direction: &quot;%1&quot; ist weder up noch down</translation>
    </message>
    <message>
        <source>Option --depth: &quot;%1&quot; is not a count</source>
        <translation>Option --depth: &quot;%1&quot; ist keine Anzahl</translation>
    </message>
    <message>
        <source>No configuration item &quot;%1&quot;</source>
        <translation>Kein Konfigurationselement &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) reached</source>
        <translation>
            <numerusform>%n Konfigurationselement erreicht</numerusform>
            <numerusform>%n Konfigurationselemente erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Option --%1: &quot;%2&quot; is not an ISO 8601 date or date-time</source>
        <translation>Option --%1: &quot;%2&quot; ist kein Datum und keine Datums-Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>Start of the range (ISO date), default today.</source>
        <translation>Beginn des Zeitraums (ISO-Datum), Standard: heute.</translation>
    </message>
    <message>
        <source>End of the range (ISO date, exclusive), default 90 days after the start.</source>
        <translation>Ende des Zeitraums (ISO-Datum, exklusiv), Standard: 90 Tage nach dem Beginn.</translation>
    </message>
    <message>
        <source>changes conflicts takes no arguments, only options</source>
        <translation>changes conflicts nimmt keine Argumente an, nur Optionen</translation>
    </message>
    <message>
        <source>Option --to: the range must end after it starts</source>
        <translation>Option --to: Der Zeitraum muss nach seinem Beginn enden</translation>
    </message>
    <message numerus="yes">
        <source>%n collision(s) among %1 changes from %2 to %3</source>
        <translation>
            <numerusform>%n Kollision unter %1 Changes von %2 bis %3</numerusform>
            <numerusform>%n Kollisionen unter %1 Changes von %2 bis %3</numerusform>
        </translation>
    </message>
    <message>
        <source>groups</source>
        <translation>gruppen</translation>
    </message>
    <message>
        <source>usage: changes ics [--from D --to D] [-o FILE]</source>
        <translation>Aufruf: changes ics [--from D --to D] [-o FILE]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) of the change schedule from %1 to %2 to %3.</source>
        <translation>
            <numerusform>%n Termin des Change-Kalenders von %1 bis %2 nach %3 exportiert.</numerusform>
            <numerusform>%n Termine des Change-Kalenders von %1 bis %2 nach %3 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>changes needs a subcommand: conflicts, ics</source>
        <translation>changes benötigt einen Unterbefehl: conflicts, ics</translation>
    </message>
    <message>
        <source>changes: unknown subcommand &quot;%1&quot;; known: conflicts, ics</source>
        <translation>changes: Unbekannter Unterbefehl &quot;%1&quot;; bekannt: conflicts, ics</translation>
    </message>
    <message>
        <source>Measure only these groups: queues, cmdb, changes, calendar.</source>
        <translation>Nur diese Gruppen messen: queues, cmdb, changes, calendar.</translation>
    </message>
    <message>
        <source>Plan every change in this month (yyyy-MM) instead of over the history.</source>
        <translation>Alle Changes in diesem Monat (JJJJ-MM) planen statt über die Historie verteilt.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>monat</translation>
    </message>
    <message>
        <source>Option --change-month: &quot;%1&quot; is not a month (yyyy-MM)</source>
        <translation>Option --change-month: &quot;%1&quot; ist kein Monat (JJJJ-MM)</translation>
    </message>
    <message>
        <source>Measure sync against this empty PostgreSQL database, which it fills.</source>
        <translation>Die Synchronisierung mit dieser leeren PostgreSQL-Datenbank messen, die dabei gefüllt wird.</translation>
    </message>
    <message>
        <source>Option --only: &quot;%1&quot; is not queues, cmdb, changes, calendar or sync</source>
        <translation>Option --only: &quot;%1&quot; ist weder queues, cmdb, changes, calendar noch sync</translation>
    </message>
    <message>
        <source>The sync benchmark needs --hub URL</source>
        <translation>Der Synchronisierungs-Benchmark benötigt --hub URL</translation>
    </message>
    <message>
        <source>Option --hub: the sync benchmark fills the hub with its own data; give it an empty database</source>
        <translation>Option --hub: Der Synchronisierungs-Benchmark füllt den Hub mit eigenen Daten; geben Sie eine leere Datenbank an</translation>
    </message>
    <message>
        <source>The replica has no admin user</source>
        <translation>Das Replikat hat keinen Benutzer admin</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>Keine offenen Konflikte</translation>
    </message>
    <message>
        <source>base: %1 | local: %2 | remote: %3</source>
        <translation>Basis: %1 | local: %2 | remote: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>local, remote or value=V.</source>
        <translation>local, remote oder value=V.</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>auswahl</translation>
    </message>
    <message>
        <source>usage: conflicts resolve ID --take local|remote|value=V</source>
        <translation>Aufruf: conflicts resolve ID --take local|remote|value=V</translation>
    </message>
    <message>
        <source>Option --take: &quot;%1&quot; is not local, remote or value=V</source>
        <translation>Option --take: &quot;%1&quot; ist weder local, remote noch value=V</translation>
    </message>
    <message>
        <source>Resolved; the resolution syncs with the next sync</source>
        <translation>Gelöst; die Lösung wird mit der nächsten Synchronisierung übertragen</translation>
    </message>
    <message>
        <source>The hub: postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>Der Hub: postgresql://USER@HOST[:PORT]/DB.</translation>
    </message>
    <message>
        <source>usage: sync --hub URL (the replica is --db)</source>
        <translation>Aufruf: sync --hub URL (das Replikat ist --db)</translation>
    </message>
    <message>
        <source>sync: %1</source>
        <translation>sync: %1</translation>
    </message>
    <message>
        <source>sync: downloaded %1 of %2 records</source>
        <translation>sync: %1 von %2 Datensätzen heruntergeladen</translation>
    </message>
    <message>
        <source>Downloaded %1, pushed %2, pulled %3; %4 open conflicts</source>
        <translation>Heruntergeladen: %1, gesendet: %2, abgerufen: %3; offene Konflikte: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision: see conflicts list</source>
        <translation>
            <numerusform>%n Konflikt muss entschieden werden: siehe conflicts list</numerusform>
            <numerusform>%n Konflikte müssen entschieden werden: siehe conflicts list</numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts needs list or resolve, not &quot;%1&quot;</source>
        <translation>conflicts benötigt list oder resolve, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>usage: ticket delete NUMBER</source>
        <translation>Aufruf: ticket delete NUMBER</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>ticket needs create, show, update, transition, comment or delete, not &quot;%1&quot;</source>
        <translation>ticket benötigt create, show, update, transition, comment oder delete, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is not a CalDAV calendar; choose another --name</source>
        <translation>Der Remote-Dienst &quot;%1&quot; ist kein CalDAV-Kalender; wählen Sie einen anderen --name</translation>
    </message>
    <message>
        <source>The calendar collection&apos;s URL.</source>
        <translation>Die URL der Kalendersammlung.</translation>
    </message>
    <message>
        <source>The user name for basic authentication; the password is read from %1.</source>
        <translation>Der Benutzername für die Basic-Authentifizierung; das Passwort wird aus %1 gelesen.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <source>Start of the range (ISO date), default 30 days before today.</source>
        <translation>Beginn des Zeitraums (ISO-Datum), Standard: 30 Tage vor heute.</translation>
    </message>
    <message>
        <source>End of the range (ISO date, exclusive), default 180 days after today.</source>
        <translation>Ende des Zeitraums (ISO-Datum, exklusiv), Standard: 180 Tage nach heute.</translation>
    </message>
    <message>
        <source>The remote&apos;s name, default host:port/path.</source>
        <translation>Der Name des Remote-Dienstes, Standard: host:port/path.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Usage: remote publish caldav --url URL [--user U] [--from D --to D] [--name N]</source>
        <translation>Aufruf: remote publish caldav --url URL [--user U] [--from D --to D] [--name N]</translation>
    </message>
    <message>
        <source>Option --url: &quot;%1&quot; is not an http or https URL</source>
        <translation>Option --url: &quot;%1&quot; ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>Option --url: give the user with --user and the password in %1, not in the URL</source>
        <translation>Option --url: Geben Sie den Benutzer mit --user und das Passwort in %1 an, nicht in der URL</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither</source>
        <translation>Geben Sie --from und --to beide an oder keines von beiden</translation>
    </message>
    <message>
        <source>Published to %1: %2 created, %3 updated, %4 deleted, %5 unchanged, %6 errors</source>
        <translation>Veröffentlicht in %1: %2 angelegt, %3 aktualisiert, %4 gelöscht, %5 unverändert, %6 Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) could not be published; the remote&apos;s errors say why</source>
        <translation>
            <numerusform>%n Ressource konnte nicht veröffentlicht werden; die Fehler des Remote-Dienstes nennen den Grund</numerusform>
            <numerusform>%n Ressourcen konnten nicht veröffentlicht werden; die Fehler des Remote-Dienstes nennen den Grund</numerusform>
        </translation>
    </message>
    <message>
        <source>Option --group: there is no support group to map the RT queue &quot;%1&quot; to</source>
        <translation>Option --group: Es gibt keine Supportgruppe, der die RT-Warteschlange &quot;%1&quot; zugeordnet werden kann</translation>
    </message>
    <message>
        <source>RT&apos;s base URL.</source>
        <translation>Die Basis-URL von RT.</translation>
    </message>
    <message>
        <source>An RT auth token.</source>
        <translation>Ein RT-Authentifizierungstoken.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>The RT queue to exchange (default General).</source>
        <translation>Die auszutauschende RT-Warteschlange (Standard: General).</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>warteschlange</translation>
    </message>
    <message>
        <source>The support group its tickets belong to.</source>
        <translation>Die Supportgruppe, zu der ihre Tickets gehören.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <source>The kind of ticket RT&apos;s tickets become (default incident).</source>
        <translation>Die Ticketart, zu der die Tickets aus RT werden (Standard: incident).</translation>
    </message>
    <message>
        <source>The remote&apos;s name (default: the URL&apos;s host:port).</source>
        <translation>Der Name des Remote-Dienstes (Standard: host:port der URL).</translation>
    </message>
    <message>
        <source>usage: remote sync rt --url URL --token T [--queue Q] [--group G] [--kind K] [--name N]</source>
        <translation>Aufruf: remote sync rt --url URL --token T [--queue Q] [--group G] [--kind K] [--name N]</translation>
    </message>
    <message>
        <source>Option --kind: unknown kind &quot;%1&quot;</source>
        <translation>Option --kind: unbekannte Ticketart &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The remote &quot;%1&quot; is not a Request Tracker</source>
        <translation>Der Remote-Dienst &quot;%1&quot; ist kein Request Tracker</translation>
    </message>
    <message>
        <source>%1: pushed %2, created %3 in RT, pulled %4, unchanged %5; %6 open conflicts</source>
        <translation>%1: gesendet: %2, in RT angelegt: %3, abgerufen: %4, unverändert: %5; offene Konflikte: %6</translation>
    </message>
    <message>
        <source>usage: remote sync rt --url URL --token T [--queue Q] [--group G] [--kind K] [--name N] | remote publish caldav --url URL [--user U] [--from D --to D] [--name N]</source>
        <translation>Aufruf: remote sync rt --url URL --token T [--queue Q] [--group G] [--kind K] [--name N] | remote publish caldav --url URL [--user U] [--from D --to D] [--name N]</translation>
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
        <translation>Befehle:
  init                          Datenbankschema anlegen oder aktualisieren
  seed --tickets N --cis N --changes N [--random-seed S] [--until D]
       [--change-month YYYY-MM]
                                Datenbank mit Demodaten füllen
  query [EXPR] [--sort F,-F] [--limit N] [--format table|json|csv]
  ticket create --kind K --title T [--set F=V …]
  ticket show NUMBER
  ticket update NUMBER F=V …
  ticket transition NUMBER STATE [--set F=V …]
  ticket comment NUMBER TEXT [--internal] [--minutes M]
  ticket delete NUMBER          Ticket löschen (Administratoren)
  cmdb import FILE.csv          CIs oder Beziehungen aus CSV importieren
  cmdb export [--relations] [-o FILE]
                                CIs (oder Beziehungen) als CSV ausgeben
  cmdb impact CI [--direction up|down] [--depth N] [--format json]
                                was der Ausfall eines CI erreicht
  changes conflicts [--from D --to D] [--format json]
                                Kollisionen im Change-Kalender
  changes ics [--from D --to D] [-o FILE]
                                Change-Kalender als iCalendar ausgeben
  sync --hub URL                ausstehende Änderungen senden und die des Hubs
                                in das mit --db angegebene Replikat holen
  sync prune [--keep-days N]    den Änderungsfeed eines Hubs, älter als N Tage, entfernen
  conflicts list                was eine Synchronisierung nicht zusammenführen konnte
  conflicts resolve ID --take local|remote|value=V
  remote sync rt --url URL --token T [--queue Q] [--group G]
                                Tickets mit einem Request Tracker austauschen
  remote publish caldav --url URL [--user U] [--from D --to D]
                                Change-Kalender in einem Kalender veröffentlichen
                                (Passwort in SERVICEDECK_CALDAV_PASSWORD)
  bench [--tickets N] [--only queues,cmdb,changes,calendar]
                                Benchmarks für Warteschlangen, CMDB, Change-Kalender und Kalenderansichten
</translation>
    </message>
    <message>
        <source>Keep the changes of the last N days (default 90).</source>
        <translation>Die Änderungen der letzten N Tage behalten (Standard 90).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>usage: sync prune [--keep-days N] (the hub is --db; N a whole number of days, 0 or more)</source>
        <translation>Aufruf: sync prune [--keep-days N] (der Hub ist --db; N eine ganze Zahl von Tagen, 0 oder mehr)</translation>
    </message>
    <message>
        <source>Only a hub (a PostgreSQL database) has a change feed to prune: %1</source>
        <translation>Nur ein Hub (eine PostgreSQL-Datenbank) hat einen Änderungsfeed zum Bereinigen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n change feed row(s) older than %1 days</source>
        <translation>
            <numerusform>%n Eintrag des Änderungsfeeds, älter als %1 Tage, entfernt</numerusform>
            <numerusform>%n Einträge des Änderungsfeeds, älter als %1 Tage, entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Connectors::CalDav</name>
    <message>
        <source>%1 refused the user name &quot;%2&quot; or its password (401)</source>
        <translation>%1 hat den Benutzernamen &quot;%2&quot; oder dessen Passwort abgewiesen (401)</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may not do this on %2 (403)</source>
        <translation>Benutzer &quot;%1&quot; darf dies auf %2 nicht tun (403)</translation>
    </message>
    <message>
        <source>%1 is not a calendar collection</source>
        <translation>%1 ist keine Kalendersammlung</translation>
    </message>
    <message>
        <source>%1 is gone right after it was written</source>
        <translation>%1 ist direkt nach dem Schreiben verschwunden</translation>
    </message>
    <message>
        <source>%1 was changed on the server since the last publish; it is deleted on the next publish</source>
        <translation>%1 wurde seit der letzten Veröffentlichung auf dem Server geändert; es wird bei der nächsten Veröffentlichung gelöscht</translation>
    </message>
    <message>
        <source>%1 was changed or removed on the server since the last publish; it is published again on the next publish</source>
        <translation>%1 wurde seit der letzten Veröffentlichung auf dem Server geändert oder entfernt; es wird bei der nächsten Veröffentlichung erneut veröffentlicht</translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot; found with %2 entries</source>
        <translation>Kalender &quot;%1&quot; mit %2 Einträgen gefunden</translation>
    </message>
    <message>
        <source>%1 does not exist yet: the first publish creates it</source>
        <translation>%1 existiert noch nicht: die erste Veröffentlichung legt es an</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is not a CalDAV calendar</source>
        <translation>Remote-Dienst &quot;%1&quot; ist kein CalDAV-Kalender</translation>
    </message>
    <message>
        <source>The range to publish must end after it starts</source>
        <translation>Der zu veröffentlichende Zeitraum muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <source>CalDAV setting &quot;%1&quot; must be a whole number of days from 0 to %2</source>
        <translation>CalDAV-Einstellung &quot;%1&quot; muss eine ganze Zahl von Tagen von 0 bis %2 sein</translation>
    </message>
    <message>
        <source>CalDAV setting &quot;%1&quot; must be text</source>
        <translation>CalDAV-Einstellung &quot;%1&quot; muss Text sein</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Change-Kalender</translation>
    </message>
    <message>
        <source>CalDAV settings &quot;daysBack&quot; and &quot;daysAhead&quot; are both 0: the range to publish would be empty</source>
        <translation>CalDAV-Einstellungen &quot;daysBack&quot; und &quot;daysAhead&quot; sind beide 0: der zu veröffentlichende Zeitraum wäre leer</translation>
    </message>
    <message>
        <source>%1 did not say the ETag of the resource</source>
        <translation>%1 hat das ETag der Ressource nicht angegeben</translation>
    </message>
    <message>
        <source>The reply of %1 is not a WebDAV multistatus document</source>
        <translation>Die Antwort von %1 ist kein WebDAV-Multistatus-Dokument</translation>
    </message>
    <message>
        <source>The reply of %1 is malformed XML at line %2: %3</source>
        <translation>Die Antwort von %1 ist in Zeile %2 fehlerhaftes XML: %3</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Connectors::Http</name>
    <message>
        <source>The reply from %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON: %2 bei Offset %3.</translation>
    </message>
    <message>
        <source>The reply from %1 is a JSON array where an object was expected.</source>
        <translation>Die Antwort von %1 ist ein JSON-Array, wo ein Objekt erwartet wurde.</translation>
    </message>
    <message>
        <source>The reply from %1 is a JSON object where an array was expected.</source>
        <translation>Die Antwort von %1 ist ein JSON-Objekt, wo ein Array erwartet wurde.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates file %1: %2</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA certificates file %1 holds no PEM certificate.</source>
        <translation>Die CA-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the reply is larger than the limit of %2 bytes.</source>
        <translation>%1: die Antwort ist größer als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 failed: %3</source>
        <translation>%1: die sichere Verbindung zu %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: the server redirects to another site or in a loop.</source>
        <translation>%1: der Server leitet auf eine andere Site oder im Kreis um.</translation>
    </message>
    <message>
        <source>%1: nothing received for %2 ms (%3).</source>
        <translation>%1: seit %2 ms nichts empfangen (%3).</translation>
    </message>
    <message>
        <source>%1: the connection closed after %2 of %3 bytes of the reply (%4).</source>
        <translation>%1: die Verbindung wurde nach %2 von %3 Bytes der Antwort geschlossen (%4).</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the server replied %2 %3 (%4).</source>
        <translation>%1: der Server antwortete %2 %3 (%4).</translation>
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
        <translation>Desktop-Client für IT-Service-Management.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see servicedeck --help</source>
        <translation>Unerwartetes Argument &quot;%1&quot;; siehe servicedeck --help</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Option --as: there is no active user &quot;%1&quot;</source>
        <translation>Option --as: Es gibt keinen aktiven Benutzer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Choose Another Connection…</source>
        <translation>Andere Verbindung wählen…</translation>
    </message>
    <message>
        <source>Downloading the replica from the hub…</source>
        <translation>Das Replikat wird vom Hub heruntergeladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Downloading the replica from the hub: %1 of %2 records</source>
        <translation>Das Replikat wird vom Hub heruntergeladen: %1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>The first download of the replica did not finish: %1
It goes on where it stopped at the next start.</source>
        <translation>Der erste Download des Replikats wurde nicht abgeschlossen: %1
Er wird beim nächsten Start dort fortgesetzt, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;</source>
        <translation>Es gibt keinen aktiven Benutzer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Open the database at URL: sqlite:PATH (standalone, or the local replica with --hub) or postgresql://USER@HOST[:PORT]/DBNAME (direct).</source>
        <translation>Die Datenbank unter URL öffnen: sqlite:PATH (eigenständig oder mit --hub das lokale Replikat) oder postgresql://USER@HOST[:PORT]/DBNAME (direkt).</translation>
    </message>
    <message>
        <source>Work offline on the replica --db and sync it with the PostgreSQL hub at URL (cached mode).</source>
        <translation>Offline mit dem Replikat --db arbeiten und es mit dem PostgreSQL-Hub unter URL synchronisieren (zwischengespeicherter Modus).</translation>
    </message>
    <message>
        <source>Start with the connection profile NAME (default: the default profile).</source>
        <translation>Mit dem Verbindungsprofil NAME starten (Standard: das Standardprofil).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Work as the user LOGIN (default: the profile&apos;s user, else admin).</source>
        <translation>Als Benutzer LOGIN arbeiten (Standard: der Benutzer des Profils, sonst admin).</translation>
    </message>
    <message>
        <source>Option --profile cannot be combined with --db or --hub</source>
        <translation>Option --profile kann nicht mit --db oder --hub kombiniert werden</translation>
    </message>
    <message>
        <source>Option --profile: there is no connection profile &quot;%1&quot;</source>
        <translation>Option --profile: Es gibt kein Verbindungsprofil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Option --hub needs --db sqlite:PATH, the local replica</source>
        <translation>Option --hub benötigt --db sqlite:PATH, das lokale Replikat</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit ServiceDeck</source>
        <translation>ServiceDeck beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About ServiceDeck</source>
        <translation>&amp;Über ServiceDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>ServiceDeck — %1</source>
        <translation>ServiceDeck — %1</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>Die geöffnete Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>About ServiceDeck</source>
        <translation>Über ServiceDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ServiceDeck %1&lt;/h3&gt;&lt;p&gt;A desktop client for IT service management: incidents, service requests, problems and changes.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ServiceDeck %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für IT-Service-Management: Störungen, Serviceanfragen, Probleme und Changes.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Ticket</source>
        <translation>&amp;Neues Ticket</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Störung</translation>
    </message>
    <message>
        <source>Create a new incident</source>
        <translation>Eine neue Störung anlegen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Service &amp;Request</source>
        <translation>Service&amp;anfrage</translation>
    </message>
    <message>
        <source>Create a new service request</source>
        <translation>Eine neue Serviceanfrage anlegen</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>Create a new problem</source>
        <translation>Ein neues Problem anlegen</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Create a new change</source>
        <translation>Einen neuen Change anlegen</translation>
    </message>
    <message>
        <source>Save Filter as &amp;Queue…</source>
        <translation>Filter als &amp;Warteschlange speichern…</translation>
    </message>
    <message>
        <source>Save the current filter as one of your queues</source>
        <translation>Den aktuellen Filter als eine Ihrer Warteschlangen speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Type a filter for the queue</source>
        <translation>Einen Filter für die Warteschlange eingeben</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Read the queue and its counts again from the database</source>
        <translation>Die Warteschlange und ihre Anzahlen erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>&amp;Open Ticket</source>
        <translation>Ticket ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the chosen ticket below the queue</source>
        <translation>Das gewählte Ticket unterhalb der Warteschlange öffnen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>Assign the selected tickets to a person</source>
        <translation>Die ausgewählten Tickets einer Person zuweisen</translation>
    </message>
    <message>
        <source>&amp;Move to State…</source>
        <translation>Status &amp;wechseln…</translation>
    </message>
    <message>
        <source>Move the selected tickets to another state</source>
        <translation>Die ausgewählten Tickets in einen anderen Status versetzen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Open Ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <source>Show the chosen queue of tickets</source>
        <translation>Die gewählte Ticket-Warteschlange anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Configuration Items</source>
        <translation>&amp;Konfigurationselemente</translation>
    </message>
    <message>
        <source>Browse the configuration items: classes, services, relations and impact</source>
        <translation>Die Konfigurationselemente durchsuchen: Klassen, Services, Beziehungen und Auswirkungen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Import Configuration Items…</source>
        <translation>Konfigurationselemente &amp;importieren…</translation>
    </message>
    <message>
        <source>Import configuration items and their relations from a CSV file</source>
        <translation>Konfigurationselemente und ihre Beziehungen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Change &amp;Calendar</source>
        <translation>&amp;Change-Kalender</translation>
    </message>
    <message>
        <source>Show the change calendar: month, week and timeline, with collisions and freezes</source>
        <translation>Den Change-Kalender anzeigen: Monat, Woche und Zeitleiste, mit Kollisionen und Änderungssperren</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Changes</translation>
    </message>
    <message>
        <source>Export Schedule as &amp;iCalendar…</source>
        <translation>Change-Kalender als &amp;iCalendar exportieren…</translation>
    </message>
    <message>
        <source>Save the changes and freezes of the calendar&apos;s range (or the next 90 days) as an iCalendar file</source>
        <translation>Die Changes und Änderungssperren des angezeigten Kalenderzeitraums (oder der nächsten 90 Tage) als iCalendar-Datei speichern</translation>
    </message>
    <message>
        <source>Export Schedule as &amp;PDF…</source>
        <translation>Change-Kalender als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the forward schedule of change for the CAB meeting as a PDF file</source>
        <translation>Den Change-Kalender für die CAB-Sitzung als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>P&amp;rint Schedule…</source>
        <translation>Change-Kalender &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the forward schedule of change: risk, CIs, approvals and collisions</source>
        <translation>Den Change-Kalender drucken: Risiko, CIs, Genehmigungen und Kollisionen</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Freezes and Maintenance Windows…</source>
        <translation>&amp;Änderungssperren und Wartungsfenster…</translation>
    </message>
    <message>
        <source>Manage change freezes and the weekly maintenance windows of services</source>
        <translation>Änderungssperren und die wöchentlichen Wartungsfenster der Services verwalten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Connection profiles, user, language, appearance, SLA and window layout</source>
        <translation>Verbindungsprofile, Benutzer, Sprache, Darstellung, SLA und Fensterlayout</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Show the dashboard: open tickets, backlog, SLA compliance, changes and resolution times</source>
        <translation>Das Dashboard anzeigen: offene Tickets, Backlog, SLA-Einhaltung, Changes und Lösungszeiten</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Send the waiting changes to the hub and fetch its news</source>
        <translation>Die ausstehenden Änderungen an den Hub senden und seine Neuerungen abrufen</translation>
    </message>
    <message>
        <source>Sync &amp;Status…</source>
        <translation>Synchronisierungs&amp;status…</translation>
    </message>
    <message>
        <source>Remote Services</source>
        <translation>Remote-Dienste</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Creates an incident; the arrow (or Alt+Down) offers the other kinds</source>
        <translation>Legt eine Störung an; der Pfeil (oder Alt+Down) bietet die anderen Ticketarten an</translation>
    </message>
    <message>
        <source>&amp;Remote Services…</source>
        <translation>&amp;Remote-Dienste…</translation>
    </message>
    <message>
        <source>Request Tracker and calendar exchanges: last sync, errors, Sync Now</source>
        <translation>Austausch mit Request Tracker und Kalendern: letzte Synchronisierung, Fehler, Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Tickets in the queue</source>
        <translation>Tickets in der Warteschlange</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Geöffnete Datenbank</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::CiLabels</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In Wartung</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::CiListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::CiRelationsModel</name>
    <message>
        <source>Outgoing %1 relation</source>
        <translation>Ausgehende Beziehung %1</translation>
    </message>
    <message>
        <source>Incoming %1 relation</source>
        <translation>Eingehende Beziehung %1</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Konfigurationselement</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::CiTreeModel</name>
    <message>
        <source>By class</source>
        <translation>Nach Klasse</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Nach Service</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::ImpactModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>Erreicht über</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Störungen</translation>
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
        <translation>Störungen, Serviceanfragen, Probleme und Changes</translation>
    </message>
    <message>
        <source>All active tickets</source>
        <translation>Alle aktiven Tickets</translation>
    </message>
    <message>
        <source>Tickets of every kind that still need work</source>
        <translation>Tickets jeder Art, die noch bearbeitet werden müssen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation>Aktive Störungen</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Serviceanfragen</translation>
    </message>
    <message>
        <source>Active service requests</source>
        <translation>Aktive Serviceanfragen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Aktive Probleme</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Active changes</source>
        <translation>Aktive Changes</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <source>Every ticket, including resolved and closed ones</source>
        <translation>Alle Tickets, auch gelöste und geschlossene</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::QueueModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Melder</translation>
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
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Lösungsfrist</translation>
    </message>
    <message>
        <source>SLA left</source>
        <translation>SLA verbleibend</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Kein SLA</translation>
    </message>
    <message>
        <source>Resolution due in %1, SLA on track (%2 % used)</source>
        <translation>Lösung fällig in %1, SLA im Plan (%2 % verbraucht)</translation>
    </message>
    <message>
        <source>Resolution due in %1, SLA at risk (%2 % used)</source>
        <translation>Lösung fällig in %1, SLA gefährdet (%2 % verbraucht)</translation>
    </message>
    <message>
        <source>Resolution overdue by %1, SLA breached</source>
        <translation>Lösung seit %1 überfällig, SLA verletzt</translation>
    </message>
    <message>
        <source>SLA paused, %1 left (%2 % used)</source>
        <translation>SLA pausiert, %1 verbleibend (%2 % verbraucht)</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Keine Priorität</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorität %1</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Models::TicketListModel</name>
    <message>
        <source>reading tickets</source>
        <translation>Lesen der Tickets</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ActivityPage</name>
    <message>
        <source>Comments and worklog</source>
        <translation>Kommentare und Arbeitsprotokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Write a comment; with time spent it becomes a worklog entry</source>
        <translation>Schreiben Sie einen Kommentar; mit Zeitaufwand wird er zu einem Arbeitsprotokoll-Eintrag</translation>
    </message>
    <message>
        <source>&amp;Internal (not shown to the requester)</source>
        <translation>&amp;Intern (für den Melder nicht sichtbar)</translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation>Interner Kommentar</translation>
    </message>
    <message>
        <source>Time &amp;spent:</source>
        <translation>&amp;Zeitaufwand:</translation>
    </message>
    <message>
        <source>Time spent in minutes</source>
        <translation>Zeitaufwand in Minuten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Save the ticket first to add comments</source>
        <translation>Speichern Sie das Ticket zuerst, um Kommentare hinzuzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Worklog, %n min</source>
        <translation>
            <numerusform>Arbeitsprotokoll, %n Min.</numerusform>
            <numerusform>Arbeitsprotokoll, %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>New c&amp;omment:</source>
        <translation>Neuer K&amp;ommentar:</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ApprovalsPage</name>
    <message>
        <source>Approval state</source>
        <translation>Genehmigungsstatus</translation>
    </message>
    <message>
        <source>Approvals given and needed</source>
        <translation>Erteilte und erforderliche Genehmigungen</translation>
    </message>
    <message>
        <source>Why the change has this approval state</source>
        <translation>Warum der Change diesen Genehmigungsstatus hat</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Re&amp;quest Approvers…</source>
        <translation>Genehmiger an&amp;fragen…</translation>
    </message>
    <message>
        <source>Request approvers</source>
        <translation>Genehmiger anfragen</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Approve the change</source>
        <translation>Den Change genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Able&amp;hnen…</translation>
    </message>
    <message>
        <source>Reject the change</source>
        <translation>Den Change ablehnen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 (void)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>Void: the plan or the window changed after this decision</source>
        <translation>Ungültig: Plan oder Zeitfenster wurden nach dieser Entscheidung geändert</translation>
    </message>
    <message>
        <source>Save the change before asking for approval.</source>
        <translation>Speichern Sie den Change, bevor Sie eine Genehmigung anfordern.</translation>
    </message>
    <message>
        <source>Approvals: %1 of %2 needed</source>
        <translation>Genehmigungen: %1 von %2 erforderlichen</translation>
    </message>
    <message>
        <source>Save the change first</source>
        <translation>Speichern Sie zuerst den Change</translation>
    </message>
    <message>
        <source>A standard change is pre-approved; it needs no CAB decision</source>
        <translation>Ein Standard-Change ist vorab genehmigt; er braucht keine Entscheidung des CAB</translation>
    </message>
    <message>
        <source>Ask members of the change advisory board for a decision</source>
        <translation>Mitglieder des Change Advisory Board um eine Entscheidung bitten</translation>
    </message>
    <message>
        <source>Request Approvers for %1</source>
        <translation>Genehmiger für %1 anfragen</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ApproverDialog</name>
    <message>
        <source>Request Approvers</source>
        <translation>Genehmiger anfragen</translation>
    </message>
    <message>
        <source>Members of the change advisory board (the cab role) to ask for a decision:</source>
        <translation>Mitglieder des Change Advisory Board (Rolle cab), die um eine Entscheidung gebeten werden:</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Asked already; the request is still open</source>
        <translation>Bereits angefragt; die Anfrage ist noch offen</translation>
    </message>
    <message>
        <source>Nobody holds the cab role. An administrator gives it to the members of the change advisory board.</source>
        <translation>Niemand hat die Rolle cab. Ein Administrator weist sie den Mitgliedern des Change Advisory Board zu.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::AttributeEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>A number, e.g. 16</source>
        <translation>Eine Zahl, z. B. 16</translation>
    </message>
    <message>
        <source>A date: yyyy-mm-dd</source>
        <translation>Ein Datum: JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Name of a configuration item</source>
        <translation>Name eines Konfigurationselements</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>Fehler in %1</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::BulkTicketUpdate</name>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n Ticket geändert.</numerusform>
            <numerusform>%n Tickets geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) refused:</source>
        <translation>
            <numerusform>%n Ticket abgewiesen:</numerusform>
            <numerusform>%n Tickets abgewiesen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarLegend</name>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>Collision</source>
        <translation>Kollision</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Show a month as a grid of days</source>
        <translation>Einen Monat als Raster aus Tagen anzeigen</translation>
    </message>
    <message>
        <source>Show a week with its hours</source>
        <translation>Eine Woche mit ihren Stunden anzeigen</translation>
    </message>
    <message>
        <source>Show a month as a timeline per configuration item or service</source>
        <translation>Einen Monat als Zeitleiste je Konfigurationselement oder Service anzeigen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Show the previous month or week</source>
        <translation>Den vorherigen Monat bzw. die vorherige Woche anzeigen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Heute anzeigen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Show the next month or week</source>
        <translation>Den nächsten Monat bzw. die nächste Woche anzeigen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Show more detail</source>
        <translation>Mehr Details anzeigen</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show more at once</source>
        <translation>Mehr auf einmal anzeigen</translation>
    </message>
    <message>
        <source>Timeline rows</source>
        <translation>Zeilen der Zeitleiste</translation>
    </message>
    <message>
        <source>Rows per CI</source>
        <translation>Eine Zeile je CI</translation>
    </message>
    <message>
        <source>Rows per service</source>
        <translation>Eine Zeile je Service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alle Risiken</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>The change schedule could not be read: %1</source>
        <translation>Der Change-Kalender konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1</source>
        <translation>
            <numerusform>%1: %n Change</numerusform>
            <numerusform>%1: %n Changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>KW %1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarSchedule</name>
    <message>
        <source>The change is no longer in the calendar.</source>
        <translation>Der Change ist nicht mehr im Kalender.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarStyle</name>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
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
        <translation>Status: %1 · Typ: %2 · Risiko: %3</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CalendarView</name>
    <message>
        <source>No collisions</source>
        <translation>Keine Kollisionen</translation>
    </message>
    <message>
        <source>Collisions</source>
        <translation>Kollisionen</translation>
    </message>
    <message>
        <source>Move into a Freeze</source>
        <translation>In eine Änderungssperre verschieben</translation>
    </message>
    <message>
        <source>%1 would run during a freeze at %2:

%3

Move it anyway?</source>
        <translation>%1 würde im Zeitraum %2 in eine Änderungssperre fallen:

%3

Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>%1 was not moved</source>
        <translation>%1 wurde nicht verschoben</translation>
    </message>
    <message>
        <source>Move Change</source>
        <translation>Change verschieben</translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>%1 konnte nicht verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1 verschoben auf %2</translation>
    </message>
    <message>
        <source>%1; state: %2; risk: %3</source>
        <translation>%1; Status: %2; Risiko: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n collision(s), at least one an error</source>
        <translation>
            <numerusform>%n Kollision, als Fehler eingestuft</numerusform>
            <numerusform>%n Kollisionen, mindestens eine davon als Fehler eingestuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collision(s)</source>
        <translation>
            <numerusform>Kollision (%n)</numerusform>
            <numerusform>Kollisionen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangeCisPage</name>
    <message>
        <source>Affected configuration items</source>
        <translation>Betroffene Konfigurationselemente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add CIs…</source>
        <translation>CIs &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add configuration items</source>
        <translation>Konfigurationselemente hinzufügen</translation>
    </message>
    <message>
        <source>Search the CMDB and pick the configuration items this change affects</source>
        <translation>Die CMDB durchsuchen und die von diesem Change betroffenen Konfigurationselemente auswählen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected configuration items</source>
        <translation>Die ausgewählten Konfigurationselemente entfernen</translation>
    </message>
    <message>
        <source>The CMDB has no configuration item of this name</source>
        <translation>Die CMDB enthält kein Konfigurationselement dieses Namens</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangeCollisionsPage</name>
    <message>
        <source>Collisions summary</source>
        <translation>Zusammenfassung der Kollisionen</translation>
    </message>
    <message>
        <source>Collisions of this change</source>
        <translation>Kollisionen dieses Change</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the other change</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um den anderen Change zu öffnen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Anderer Change</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Same CI</source>
        <translation>Gleiches CI</translation>
    </message>
    <message>
        <source>Impacted CI</source>
        <translation>Beeinträchtigtes CI</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Outside maintenance window</source>
        <translation>Außerhalb des Wartungsfensters</translation>
    </message>
    <message>
        <source>Implementer double-booked</source>
        <translation>Implementierer doppelt verplant</translation>
    </message>
    <message>
        <source>this change</source>
        <translation>dieser Change</translation>
    </message>
    <message>
        <source>Plan the start and the end of the change to see what it collides with.</source>
        <translation>Planen Sie Beginn und Ende des Change, um zu sehen, womit er kollidiert.</translation>
    </message>
    <message>
        <source>A change in the state &quot;%1&quot; takes no part in the schedule.</source>
        <translation>Ein Change im Status &quot;%1&quot; ist nicht Teil des Change-Kalenders.</translation>
    </message>
    <message>
        <source>No collisions with other changes, freezes or maintenance windows.</source>
        <translation>Keine Kollisionen mit anderen Changes, Änderungssperren oder Wartungsfenstern.</translation>
    </message>
    <message>
        <source>Collisions in the planned window: %1</source>
        <translation>Kollisionen im geplanten Zeitfenster: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangePlansPage</name>
    <message>
        <source>&amp;Implementation plan:</source>
        <translation>&amp;Implementierungsplan:</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Implementierungsplan</translation>
    </message>
    <message>
        <source>The steps of the change, in order, with who does each</source>
        <translation>Die Schritte des Change in ihrer Reihenfolge, jeweils mit der ausführenden Person</translation>
    </message>
    <message>
        <source>&amp;Backout plan:</source>
        <translation>&amp;Rückfallplan:</translation>
    </message>
    <message>
        <source>Backout plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>How to return to the state before the change if it fails</source>
        <translation>Wie bei einem Fehlschlag der Zustand vor dem Change wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>How to tell that the change worked</source>
        <translation>Woran zu erkennen ist, dass der Change erfolgreich war</translation>
    </message>
    <message>
        <source>Changing a plan voids the approvals given so far; the approvers are asked again.</source>
        <translation>Eine Änderung an einem Plan macht die bisher erteilten Genehmigungen ungültig; die Genehmiger werden erneut angefragt.</translation>
    </message>
    <message>
        <source>T&amp;est plan:</source>
        <translation>T&amp;estplan:</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangeReviewPage</name>
    <message>
        <source>Actual &amp;start:</source>
        <translation>Tatsächlicher &amp;Beginn:</translation>
    </message>
    <message>
        <source>Actual start is set</source>
        <translation>Tatsächlicher Beginn ist gesetzt</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Ein Datum setzen</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Actual &amp;end:</source>
        <translation>Tatsächliches E&amp;nde:</translation>
    </message>
    <message>
        <source>Actual end is set</source>
        <translation>Tatsächliches Ende ist gesetzt</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>Review outcome</source>
        <translation>Review-Ergebnis</translation>
    </message>
    <message>
        <source>Review &amp;notes:</source>
        <translation>Review-Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review-Notizen</translation>
    </message>
    <message>
        <source>What went as planned, what did not, and what to do differently next time</source>
        <translation>Was nach Plan lief, was nicht, und was beim nächsten Mal anders zu machen ist</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partially successful</source>
        <translation>Teilweise erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backed out</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ChangeWindowsDialog</name>
    <message>
        <source>Freeze and Maintenance Windows</source>
        <translation>Änderungssperren und Wartungsfenster</translation>
    </message>
    <message>
        <source>Freeze and maintenance windows</source>
        <translation>Änderungssperren und Wartungsfenster</translation>
    </message>
    <message>
        <source>You can look at the windows; only change managers and administrators can change them.</source>
        <translation>Sie können die Zeitfenster ansehen; ändern können sie nur Change Manager und Administratoren.</translation>
    </message>
    <message>
        <source>&amp;Freezes</source>
        <translation>&amp;Änderungssperren</translation>
    </message>
    <message>
        <source>Freeze windows</source>
        <translation>Änderungssperren</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Maintenance windows</source>
        <translation>&amp;Wartungsfenster</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Freeze Windows Not Loaded</source>
        <translation>Änderungssperren nicht geladen</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete Freeze Window</source>
        <translation>Änderungssperre löschen</translation>
    </message>
    <message>
        <source>Delete the freeze window &quot;%1&quot; (%2 to %3)? Changes in that time will no longer collide with it.</source>
        <translation>Die Änderungssperre &quot;%1&quot; (%2 bis %3) löschen? Changes in diesem Zeitraum kollidieren dann nicht mehr mit ihr.</translation>
    </message>
    <message>
        <source>Freeze Window Not Deleted</source>
        <translation>Änderungssperre nicht gelöscht</translation>
    </message>
    <message>
        <source>Services Not Loaded</source>
        <translation>Services nicht geladen</translation>
    </message>
    <message>
        <source>No business services in the CMDB</source>
        <translation>Keine Business-Services in der CMDB</translation>
    </message>
    <message>
        <source>Maintenance Windows Not Loaded</source>
        <translation>Wartungsfenster nicht geladen</translation>
    </message>
    <message>
        <source>Delete Maintenance Window</source>
        <translation>Wartungsfenster löschen</translation>
    </message>
    <message>
        <source>Delete the maintenance window of %1 on %2 from %3?</source>
        <translation>Das Wartungsfenster von %1 am %2 ab %3 löschen?</translation>
    </message>
    <message>
        <source>Maintenance Window Not Deleted</source>
        <translation>Wartungsfenster nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiAttributesPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Owner group:</source>
        <translation>&amp;Verantwortliche Gruppe:</translation>
    </message>
    <message>
        <source>Owner group</source>
        <translation>Verantwortliche Gruppe</translation>
    </message>
    <message>
        <source>Support group that owns it</source>
        <translation>Supportgruppe, die dafür verantwortlich ist</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Stand&amp;ort:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Attributes of the class</source>
        <translation>Attribute der Klasse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Read the configuration item again from the database, dropping your edits</source>
        <translation>Das Konfigurationselement erneut aus der Datenbank lesen und Ihre Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Save the configuration item</source>
        <translation>Das Konfigurationselement speichern</translation>
    </message>
    <message>
        <source>This configuration item no longer exists.</source>
        <translation>Dieses Konfigurationselement existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed &quot;%1&quot; since you opened it. Your edits are still here; Revert shows their version.
%2</source>
        <translation>Nicht gespeichert: Jemand anderes hat &quot;%1&quot; geändert, seit Sie es geöffnet haben. Ihre Änderungen sind noch da; Zurücksetzen zeigt die andere Version.
%2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiDetailPanel</name>
    <message>
        <source>Configuration item</source>
        <translation>Konfigurationselement</translation>
    </message>
    <message>
        <source>Open tickets and scheduled changes on this item</source>
        <translation>Offene Tickets und geplante Changes zu diesem Element</translation>
    </message>
    <message>
        <source>Details of the configuration item</source>
        <translation>Details des Konfigurationselements</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>&amp;Attribute</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>&amp;Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>A&amp;uswirkungen</translation>
    </message>
    <message>
        <source>No configuration item chosen</source>
        <translation>Kein Konfigurationselement ausgewählt</translation>
    </message>
    <message>
        <source>Search for one or choose it in the tree.</source>
        <translation>Suchen Sie eines oder wählen Sie es im Baum aus.</translation>
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
        <translation>(keine)</translation>
    </message>
    <message>
        <source>History of the configuration item</source>
        <translation>Verlauf des Konfigurationselements</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
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
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Impact direction</source>
        <translation>Richtung der Auswirkungsanalyse</translation>
    </message>
    <message>
        <source>D&amp;epth:</source>
        <translation>Tie&amp;fe:</translation>
    </message>
    <message>
        <source>Impact depth</source>
        <translation>Tiefe der Auswirkungsanalyse</translation>
    </message>
    <message>
        <source>How many relations to follow from this item</source>
        <translation>Wie vielen Beziehungen von diesem Element aus gefolgt wird</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out of the graph (Ctrl+wheel down)</source>
        <translation>Den Graphen verkleinern (Ctrl+Mausrad nach unten)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom into the graph (Ctrl+wheel up)</source>
        <translation>Den Graphen vergrößern (Ctrl+Mausrad nach oben)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Den ganzen Graphen anzeigen</translation>
    </message>
    <message>
        <source>Fit the graph into view</source>
        <translation>Den Graphen in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>Zusammenfassung der Auswirkungen</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>Bau&amp;m</translation>
    </message>
    <message>
        <source>Impact tree</source>
        <translation>Auswirkungsbaum</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the configuration item</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um das Konfigurationselement zu öffnen</translation>
    </message>
    <message>
        <source>Impacted open tickets and scheduled changes</source>
        <translation>Betroffene offene Tickets und geplante Changes</translation>
    </message>
    <message>
        <source>Up: what depends on it</source>
        <translation>Aufwärts: was davon abhängt</translation>
    </message>
    <message>
        <source>Down: what it depends on</source>
        <translation>Abwärts: wovon es abhängt</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) reached</source>
        <translation>
            <numerusform>%n Konfigurationselement erreicht</numerusform>
            <numerusform>%n Konfigurationselemente erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the farthest %n relation(s) away</source>
        <translation>
            <numerusform>, das entfernteste über %n Beziehung</numerusform>
            <numerusform>, das entfernteste über %n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n open ticket(s) and scheduled change(s).</source>
        <translation>
            <numerusform>; %n offenes Ticket oder geplanter Change.</numerusform>
            <numerusform>; %n offene Tickets und geplante Changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The graph shows the nearest %1; the tree lists them all.</source>
        <translation>Der Graph zeigt die nächsten %1; der Baum führt alle auf.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiPickerDialog</name>
    <message>
        <source>Add Affected CIs</source>
        <translation>Betroffene CIs hinzufügen</translation>
    </message>
    <message>
        <source>Search configuration items</source>
        <translation>Konfigurationselemente suchen</translation>
    </message>
    <message>
        <source>Type part of a name, class or attribute</source>
        <translation>Teil eines Namens, einer Klasse oder eines Attributs eingeben</translation>
    </message>
    <message>
        <source>Matching configuration items</source>
        <translation>Passende Konfigurationselemente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Type to search the CMDB.</source>
        <translation>Tippen Sie, um die CMDB zu durchsuchen.</translation>
    </message>
    <message>
        <source>Already affected by this change</source>
        <translation>Bereits von diesem Change betroffen</translation>
    </message>
    <message>
        <source>No configuration item matches &quot;%1&quot;.</source>
        <translation>Kein Konfigurationselement passt zu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them.</source>
        <translation>Die ersten %1 Treffer; geben Sie mehr ein, um die Auswahl einzugrenzen.</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CiRelationsPage</name>
    <message>
        <source>Relations of the configuration item</source>
        <translation>Beziehungen des Konfigurationselements</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the related configuration item</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um das verbundene Konfigurationselement zu öffnen</translation>
    </message>
    <message>
        <source>This item &amp;is:</source>
        <translation>Dieses Element &amp;ist:</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>Beziehungstyp</translation>
    </message>
    <message>
        <source>Related configuration item</source>
        <translation>Verbundenes Konfigurationselement</translation>
    </message>
    <message>
        <source>Name of the related configuration item</source>
        <translation>Name des verbundenen Konfigurationselements</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected relation</source>
        <translation>Die ausgewählte Beziehung entfernen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>There is no configuration item named &quot;%1&quot;.</source>
        <translation>Es gibt kein Konfigurationselement mit dem Namen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cycle of Part-of Relations</source>
        <translation>Zyklus aus part_of-Beziehungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already, through other items, part of &quot;%2&quot;. Making &quot;%2&quot; part of &quot;%1&quot; closes a cycle: impact analysis would then report every item of the cycle as part of every other.

Add the relation anyway?</source>
        <translation>&quot;%1&quot; ist über andere Elemente bereits Teil von &quot;%2&quot;. Wird &quot;%2&quot; Teil von &quot;%1&quot;, entsteht ein Zyklus: Die Auswirkungsanalyse würde dann jedes Element des Zyklus als Teil jedes anderen melden.

Die Beziehung trotzdem hinzufügen?</translation>
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
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Konfigurationselement</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the ticket</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um das Ticket zu öffnen</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CmdbBrowser</name>
    <message>
        <source>Search configuration items</source>
        <translation>Konfigurationselemente suchen</translation>
    </message>
    <message>
        <source>Search by name, class or attribute value</source>
        <translation>Nach Name, Klasse oder Attributwert suchen</translation>
    </message>
    <message>
        <source>Configuration items by class and by service</source>
        <translation>Konfigurationselemente nach Klasse und nach Service</translation>
    </message>
    <message>
        <source>Configuration items found</source>
        <translation>Gefundene Konfigurationselemente</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation>Ihre Änderungen an &quot;%1&quot; speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) found</source>
        <translation>
            <numerusform>%n Konfigurationselement gefunden</numerusform>
            <numerusform>%n Konfigurationselemente gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::CmdbImportDialog</name>
    <message>
        <source>Import CMDB from CSV</source>
        <translation>CMDB aus CSV importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A CSV file of CIs (name,class,…) or of relations (source,type,target)</source>
        <translation>Eine CSV-Datei mit CIs (name,class,…) oder mit Beziehungen (source,type,target)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose a file to see what it would change.</source>
        <translation>Wählen Sie eine Datei aus, um zu sehen, was sie ändern würde.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>configuration items</source>
        <translation>Konfigurationselemente</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1: %2 to create, %3 to update, %4 unchanged.</source>
        <translation>
            <numerusform>%n Zeile (%1): %2 neu anzulegen, %3 zu aktualisieren, %4 unverändert.</numerusform>
            <numerusform>%n Zeilen (%1): %2 neu anzulegen, %3 zu aktualisieren, %4 unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) will be written once.</source>
        <translation>
            <numerusform>%n wiederholte Zeile wird nur einmal geschrieben.</numerusform>
            <numerusform>%n wiederholte Zeilen werden nur einmal geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until the errors below are fixed.</source>
        <translation>Solange die Fehler unten nicht behoben sind, kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>The database has everything in this file already.</source>
        <translation>Die Datenbank enthält bereits alles aus dieser Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); the first %1 are listed:</source>
        <translation>
            <numerusform>%n Fehler; die ersten %1 sind aufgeführt:</numerusform>
            <numerusform>%n Fehler; die ersten %1 sind aufgeführt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n Fehler:</numerusform>
            <numerusform>%n Fehler:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported: %1 configuration items created, %2 updated, %3 unchanged.</source>
        <translation>Importiert: %1 Konfigurationselemente angelegt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>Imported: %1 relations created, %2 present already.</source>
        <translation>Importiert: %1 Beziehungen angelegt, %2 bereits vorhanden.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ConflictDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>There are no open conflicts: every edit made here agrees with the hub.</source>
        <translation>Es gibt keine offenen Konflikte: Jede hier vorgenommene Änderung stimmt mit dem Hub überein.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Before both edits:</source>
        <translation>Vor beiden Änderungen:</translation>
    </message>
    <message>
        <source>Mine (here):</source>
        <translation>Mein Wert (hier):</translation>
    </message>
    <message>
        <source>Theirs (hub):</source>
        <translation>Wert des Hubs:</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meinen Wert behalten</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>Wert des &amp;Hubs übernehmen</translation>
    </message>
    <message>
        <source>Or another value</source>
        <translation>Oder ein anderer Wert</translation>
    </message>
    <message>
        <source>Value to use</source>
        <translation>Zu verwendender Wert</translation>
    </message>
    <message>
        <source>&amp;Use This Value</source>
        <translation>Diesen Wert &amp;verwenden</translation>
    </message>
    <message>
        <source>Resolve the conflict with the value above</source>
        <translation>Den Konflikt mit dem obigen Wert lösen</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Festgestellt: %1</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot; to the value given here</source>
        <translation>&quot;%1&quot; auf den hier angegebenen Wert setzen</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot; to the hub&apos;s value</source>
        <translation>&quot;%1&quot; auf den Wert des Hubs setzen</translation>
    </message>
    <message>
        <source>You changed this record here while it was deleted on the hub.</source>
        <translation>Sie haben diesen Datensatz hier geändert, während er auf dem Hub gelöscht wurde.</translation>
    </message>
    <message>
        <source>&amp;Restore My Version</source>
        <translation>Meine Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Accept the Deletion</source>
        <translation>Löschung &amp;akzeptieren</translation>
    </message>
    <message>
        <source>You deleted this record here while it was changed on the hub.</source>
        <translation>Sie haben diesen Datensatz hier gelöscht, während er auf dem Hub geändert wurde.</translation>
    </message>
    <message>
        <source>&amp;Delete It Again</source>
        <translation>Erneut &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep Their Version</source>
        <translation>Version des &amp;Hubs behalten</translation>
    </message>
    <message>
        <source>The hub refused the change made here: %1</source>
        <translation>Der Hub hat die hier vorgenommene Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>T&amp;ry Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Discard Mine</source>
        <translation>Meine Änderung ver&amp;werfen</translation>
    </message>
    <message>
        <source>Conflict Not Resolved</source>
        <translation>Konflikt nicht gelöst</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ConnectionPasswords</name>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>No keychain service is running: the password is kept in memory only until ServiceDeck quits.</source>
        <translation>Es läuft kein Schlüsselbunddienst: Das Passwort wird nur im Arbeitsspeicher gehalten, bis ServiceDeck beendet wird.</translation>
    </message>
    <message>
        <source>Connect to &quot;%1&quot;</source>
        <translation>Mit &quot;%1&quot; verbinden</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ConnectionUrls</name>
    <message>
        <source>Option --hub: the local replica given by --db must be a sqlite: file, not &quot;%1&quot;</source>
        <translation>Option --hub: Das mit --db angegebene lokale Replikat muss eine sqlite:-Datei sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Option --hub: &quot;%1&quot; is not a postgresql:// URL</source>
        <translation>Option --hub: &quot;%1&quot; ist keine postgresql://-URL</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Eigenständig</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Zwischengespeichert</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::DashboardChart</name>
    <message>
        <source>No tickets</source>
        <translation>Keine Tickets</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::DashboardPage</name>
    <message>
        <source>Open tickets by priority</source>
        <translation>Offene Tickets nach Priorität</translation>
    </message>
    <message>
        <source>Open tickets by group</source>
        <translation>Offene Tickets nach Gruppe</translation>
    </message>
    <message>
        <source>Backlog: opened and resolved per day</source>
        <translation>Backlog: eröffnet und gelöst pro Tag</translation>
    </message>
    <message>
        <source>SLA compliance per week (%)</source>
        <translation>SLA-Einhaltung pro Woche (%)</translation>
    </message>
    <message>
        <source>Mean time to resolve (hours)</source>
        <translation>Mittlere Lösungszeit (Stunden)</translation>
    </message>
    <message>
        <source>Changes per week by risk</source>
        <translation>Changes pro Woche nach Risiko</translation>
    </message>
    <message>
        <source>Changes per week by review outcome</source>
        <translation>Changes pro Woche nach Review-Ergebnis</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Weekly figures from %1 to %2; daily figures from %3; open tickets as of now.</source>
        <translation>Wochenwerte von %1 bis %2; Tageswerte ab %3; offene Tickets nach aktuellem Stand.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short day and month on a chart axis</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partially successful</source>
        <translation>Teilweise erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backed out</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open ticket(s)</source>
        <translation>
            <numerusform>%1: offenes Ticket (%n)</numerusform>
            <numerusform>%1: offene Tickets (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) opened</source>
        <translation>
            <numerusform>%1: %n Ticket eröffnet</numerusform>
            <numerusform>%1: %n Tickets eröffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) resolved</source>
        <translation>
            <numerusform>%1: %n Ticket gelöst</numerusform>
            <numerusform>%1: %n Tickets gelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1: no tickets with an SLA resolved</source>
        <translation>Woche ab %1: keine Tickets mit SLA gelöst</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 % of %n resolved ticket(s) within target</source>
        <translation>
            <numerusform>Woche ab %1: %2 % von %n gelösten Ticket innerhalb des Ziels</numerusform>
            <numerusform>Woche ab %1: %2 % von %n gelösten Tickets innerhalb des Ziels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no tickets resolved</source>
        <translation>%1: keine Tickets gelöst</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 hours on average over %n resolved ticket(s)</source>
        <translation>
            <numerusform>%1: durchschnittlich %2 Stunden (%n gelöstes Ticket)</numerusform>
            <numerusform>%1: durchschnittlich %2 Stunden (%n gelöste Tickets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1, %2: %n change(s)</source>
        <translation>
            <numerusform>Woche ab %1, %2: Change (%n)</numerusform>
            <numerusform>Woche ab %1, %2: Changes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open tickets: %1</source>
        <translation>Offene Tickets: %1</translation>
    </message>
    <message>
        <source>Opened on %1</source>
        <translation>Eröffnet am %1</translation>
    </message>
    <message>
        <source>Resolved on %1</source>
        <translation>Gelöst am %1</translation>
    </message>
    <message>
        <source>Resolved with an SLA in the week of %1</source>
        <translation>Mit SLA gelöst in der Woche ab %1</translation>
    </message>
    <message>
        <source>%1 resolved since %2</source>
        <translation>%1 gelöst seit %2</translation>
    </message>
    <message>
        <source>Changes in the week of %1: %2</source>
        <translation>Changes in der Woche ab %1: %2</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::DecisionDialog</name>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Why do you reject %1? The comment is kept with your decision.</source>
        <translation>Warum lehnen Sie %1 ab? Der Kommentar wird mit Ihrer Entscheidung gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 genehmigen</translation>
    </message>
    <message>
        <source>A comment for your approval of %1 (optional):</source>
        <translation>Ein Kommentar zu Ihrer Genehmigung von %1 (optional):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::DemoDatabase</name>
    <message>
        <source>Creating demo tickets…</source>
        <translation>Demotickets werden angelegt…</translation>
    </message>
    <message>
        <source>Planning demo changes…</source>
        <translation>Demo-Changes werden geplant…</translation>
    </message>
    <message>
        <source>Building the demo CMDB…</source>
        <translation>Demo-CMDB wird aufgebaut…</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Demodaten werden erzeugt…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Demodatenbank wird angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::FirstRunDialog</name>
    <message>
        <source>Welcome to ServiceDeck</source>
        <translation>Willkommen bei ServiceDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to ServiceDeck&lt;/h3&gt;&lt;p&gt;Where should ServiceDeck keep its tickets, changes and CMDB? You can add other connections later in Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei ServiceDeck&lt;/h3&gt;&lt;p&gt;Wo soll ServiceDeck seine Tickets, Changes und die CMDB speichern? Weitere Verbindungen können Sie später in den Einstellungen hinzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try it: a database on this computer, with &amp;demo data</source>
        <translation>Ausprobieren: eine Datenbank auf diesem Computer, mit De&amp;modaten</translation>
    </message>
    <message>
        <source>&amp;Standalone: an empty database on this computer</source>
        <translation>&amp;Eigenständig: eine leere Datenbank auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Direct: work on a shared PostgreSQL database with the team</source>
        <translation>&amp;Direkt: mit dem Team an einer gemeinsamen PostgreSQL-Datenbank arbeiten</translation>
    </message>
    <message>
        <source>&amp;Cached: a local replica of a shared PostgreSQL hub, to work offline and sync later</source>
        <translation>&amp;Zwischengespeichert: ein lokales Replikat eines gemeinsamen PostgreSQL-Hubs, um offline zu arbeiten und später zu synchronisieren</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>Datenbank-&amp;URL:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/servicedeck</source>
        <translation>postgresql://user@host:5432/servicedeck</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Replica file:</source>
        <translation>&amp;Replikatdatei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Hub URL:</source>
        <translation>&amp;Hub-URL:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>Verbindu&amp;ng testen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <source>Replica File</source>
        <translation>Replikatdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain, never in ServiceDeck&apos;s settings.</source>
        <translation>Passwörter werden im Schlüsselbund des Systems gespeichert, nie in den Einstellungen von ServiceDeck.</translation>
    </message>
    <message>
        <source>No keychain service is running: a password is kept in memory only until ServiceDeck quits, and asked for again at the next start. It is never written to ServiceDeck&apos;s settings.</source>
        <translation>Es läuft kein Schlüsselbunddienst: Ein Passwort wird nur im Arbeitsspeicher gehalten, bis ServiceDeck beendet wird, und beim nächsten Start erneut abgefragt. Es wird nie in die Einstellungen von ServiceDeck geschrieben.</translation>
    </message>
    <message>
        <source>A new database with demo tickets, changes and a CMDB is created in %1. It takes a few seconds.</source>
        <translation>In %1 wird eine neue Datenbank mit Demotickets, Changes und einer CMDB angelegt. Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>The database is kept in %1.</source>
        <translation>Die Datenbank wird in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Direct mode needs a postgresql:// URL.</source>
        <translation>Der direkte Modus benötigt eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>Team database (%1)</source>
        <translation>Team-Datenbank (%1)</translation>
    </message>
    <message>
        <source>Cached mode needs a replica file.</source>
        <translation>Der zwischengespeicherte Modus benötigt eine Replikatdatei.</translation>
    </message>
    <message>
        <source>Cached mode needs the postgresql:// URL of the hub.</source>
        <translation>Der zwischengespeicherte Modus benötigt die postgresql://-URL des Hubs.</translation>
    </message>
    <message>
        <source>Offline replica (%1)</source>
        <translation>Offline-Replikat (%1)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
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
        <translation>Auswirkungsgraph</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s); arrow keys choose one, Enter opens it</source>
        <translation>
            <numerusform>%n Konfigurationselement; mit den Pfeiltasten auswählen, mit der Eingabetaste öffnen</numerusform>
            <numerusform>%n Konfigurationselemente; mit den Pfeiltasten eines auswählen, mit der Eingabetaste öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2; start of the impact</source>
        <translation>%1, %2; Ausgangspunkt der Auswirkung</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2; %3 depends on it, %n step(s) away</source>
        <translation>
            <numerusform>%1, %2; %3 hängt davon ab, %n Schritt entfernt</numerusform>
            <numerusform>%1, %2; %3 hängt davon ab, %n Schritte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2; affected when %3 fails, %n step(s) away</source>
        <translation>
            <numerusform>%1, %2; betroffen, wenn %3 ausfällt, %n Schritt entfernt</numerusform>
            <numerusform>%1, %2; betroffen, wenn %3 ausfällt, %n Schritte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>offene Störung (%n)</numerusform>
            <numerusform>offene Störungen (%n)</numerusform>
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
            <numerusform>%1, offene Störung (%n)</numerusform>
            <numerusform>%1, offene Störungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (start of the impact)</source>
        <translation>%1 (Ausgangspunkt der Auswirkungsanalyse)</translation>
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
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Quarter-end close, release freeze, …</source>
        <translation>Quartalsabschluss, Release-Sperre, …</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>&amp;Everything (a global freeze)</source>
        <translation>&amp;Alles (globale Änderungssperre)</translation>
    </message>
    <message>
        <source>&amp;Only these configuration items and what they depend on:</source>
        <translation>N&amp;ur diese Konfigurationselemente und das, wovon sie abhängen:</translation>
    </message>
    <message>
        <source>Search configuration items by name</source>
        <translation>Konfigurationselemente nach Namen suchen</translation>
    </message>
    <message>
        <source>In the freeze:</source>
        <translation>In der Änderungssperre:</translation>
    </message>
    <message>
        <source>Configuration items found</source>
        <translation>Gefundene Konfigurationselemente</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Hinzufügen →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Entfernen</translation>
    </message>
    <message>
        <source>Configuration items in the freeze</source>
        <translation>Konfigurationselemente in der Änderungssperre</translation>
    </message>
    <message>
        <source>New Freeze Window</source>
        <translation>Neue Änderungssperre</translation>
    </message>
    <message>
        <source>Edit Freeze Window</source>
        <translation>Änderungssperre bearbeiten</translation>
    </message>
    <message>
        <source>Search Failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Freeze Window Not Saved</source>
        <translation>Änderungssperre nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::Internal::MaintenanceWindowEditor</name>
    <message>
        <source>Maintenance Window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Optional, such as &quot;Patch night&quot;</source>
        <translation>Optional, z. B. &quot;Patch-Nacht&quot;</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Wochentag:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Lasting:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New Maintenance Window</source>
        <translation>Neues Wartungsfenster</translation>
    </message>
    <message>
        <source>Edit Maintenance Window</source>
        <translation>Wartungsfenster bearbeiten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Maintenance Window Not Saved</source>
        <translation>Wartungsfenster nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::LinksPage</name>
    <message>
        <source>Linked tickets</source>
        <translation>Verknüpfte Tickets</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the linked ticket</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um das verknüpfte Ticket zu öffnen</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>This ticket &amp;is:</source>
        <translation>Dieses Ticket &amp;ist:</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Verknüpfungsart</translation>
    </message>
    <message>
        <source>Ticket number to link</source>
        <translation>Nummer des zu verknüpfenden Tickets</translation>
    </message>
    <message>
        <source>Ticket number, e.g. PRB0000001</source>
        <translation>Ticketnummer, z. B. PRB0000001</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Verknüpfung hinzufügen</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>verwandt mit</translation>
    </message>
    <message>
        <source>a duplicate of</source>
        <translation>ein Duplikat von</translation>
    </message>
    <message>
        <source>duplicated by</source>
        <translation>dupliziert durch</translation>
    </message>
    <message>
        <source>caused by</source>
        <translation>verursacht durch</translation>
    </message>
    <message>
        <source>the cause of</source>
        <translation>die Ursache von</translation>
    </message>
    <message>
        <source>solved by</source>
        <translation>gelöst durch</translation>
    </message>
    <message>
        <source>the solution of</source>
        <translation>die Lösung von</translation>
    </message>
    <message>
        <source>a child of</source>
        <translation>untergeordnet zu</translation>
    </message>
    <message>
        <source>the parent of</source>
        <translation>übergeordnet zu</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blockierend für</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>blockiert durch</translation>
    </message>
    <message>
        <source>Add li&amp;nk</source>
        <translation>Ver&amp;knüpfen</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::MergeClashDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
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
        <source>Merge Changes to %1</source>
        <translation>Änderungen an %1 zusammenführen</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing it. Their changes to other fields are kept and yours are added. These fields were changed on both sides: choose which value to keep for each.</source>
        <translation>Jemand anderes hat %1 gespeichert, während Sie es bearbeitet haben. Die anderen Änderungen an weiteren Feldern bleiben erhalten, und Ihre werden hinzugefügt. Diese Felder wurden auf beiden Seiten geändert: Wählen Sie für jedes, welcher Wert erhalten bleibt.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Stored now (theirs)</source>
        <translation>Jetzt gespeichert (andere)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Keep the stored %1</source>
        <translation>Gespeicherten Wert für %1 behalten</translation>
    </message>
    <message>
        <source>Keep your %1</source>
        <translation>Ihren Wert für %1 behalten</translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation>Zusammengeführt &amp;speichern</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Alle &amp;meine Werte behalten</translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation>Alle &amp;gespeicherten Werte behalten</translation>
    </message>
    <message>
        <source>Choose a value for every field first</source>
        <translation>Wählen Sie zuerst für jedes Feld einen Wert</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::MonthView</name>
    <message>
        <source>Change calendar, month</source>
        <translation>Change-Kalender, Monat</translation>
    </message>
    <message>
        <source>Freeze: %1</source>
        <translation>Änderungssperre: %1</translation>
    </message>
    <message>
        <source>Maintenance window of %1</source>
        <translation>Wartungsfenster von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more changes:</source>
        <translation>
            <numerusform>%n weiterer Change:</numerusform>
            <numerusform>%n weitere Changes:</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::OutboxText</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <source>Work log on %1</source>
        <translation>Arbeitsprotokoll zu %1</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ProfileEditor</name>
    <message>
        <source>Connection Profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Hub URL:</source>
        <translation>&amp;Hub-URL:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/servicedeck</source>
        <translation>postgresql://user@host:5432/servicedeck</translation>
    </message>
    <message>
        <source>Hub pass&amp;word:</source>
        <translation>Hub-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Connection Profile &quot;%1&quot;</source>
        <translation>Verbindungsprofil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(kept; type to change)</source>
        <translation>(gespeichert; zum Ändern neu eingeben)</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>Datenbank-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Replica file:</source>
        <translation>&amp;Replikatdatei:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Datenbankdatei:</translation>
    </message>
    <message>
        <source>The profile needs a database.</source>
        <translation>Das Profil benötigt eine Datenbank.</translation>
    </message>
    <message>
        <source>Cached mode needs the postgresql:// URL of the hub.</source>
        <translation>Der zwischengespeicherte Modus benötigt die postgresql://-URL des Hubs.</translation>
    </message>
    <message>
        <source>Direct mode needs a postgresql:// URL.</source>
        <translation>Der direkte Modus benötigt eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>Standalone and cached mode keep their data in a local file.</source>
        <translation>Der eigenständige und der zwischengespeicherte Modus speichern ihre Daten in einer lokalen Datei.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ProfileStore</name>
    <message>
        <source>Field &quot;name&quot;: a connection profile needs a name</source>
        <translation>Feld &quot;name&quot;: Ein Verbindungsprofil braucht einen Namen</translation>
    </message>
    <message>
        <source>Field &quot;database&quot;: the profile &quot;%1&quot; needs a database</source>
        <translation>Feld &quot;database&quot;: Das Profil &quot;%1&quot; braucht eine Datenbank</translation>
    </message>
    <message>
        <source>Field &quot;hub&quot;: a cached profile needs the postgresql:// URL of its hub</source>
        <translation>Feld &quot;hub&quot;: Ein zwischengespeichertes Profil braucht die postgresql://-URL seines Hubs</translation>
    </message>
    <message>
        <source>Field &quot;name&quot;: a profile &quot;%1&quot; exists already</source>
        <translation>Feld &quot;name&quot;: Ein Profil &quot;%1&quot; existiert bereits</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::QueueFilterEdit</name>
    <message>
        <source>Filter: kind:incident state:new,assigned priority&lt;=2 assignee:me &quot;vpn&quot;  (Ctrl+F)</source>
        <translation>Filter: kind:incident state:new,assigned priority&lt;=2 assignee:me &quot;vpn&quot;  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Warteschlangenfilter</translation>
    </message>
    <message>
        <source>Filter the queue with the queue language; Enter applies it</source>
        <translation>Die Warteschlange mit der Abfragesprache filtern; die Eingabetaste wendet den Filter an</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::QueueNavigator</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the current filter as a queue</source>
        <translation>Den aktuellen Filter als Warteschlange speichern</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the chosen queue</source>
        <translation>Die gewählte Warteschlange umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen queue</source>
        <translation>Die gewählte Warteschlange löschen</translation>
    </message>
    <message>
        <source>My queues</source>
        <translation>Meine Warteschlangen</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tickets</source>
        <translation>
            <numerusform>%1: %Ln Ticket</numerusform>
            <numerusform>%1: %Ln Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted in %Ln ms</source>
        <translation>
            <numerusform>In %Ln ms gezählt</numerusform>
            <numerusform>In %Ln ms gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Queue</source>
        <translation>Warteschlange speichern</translation>
    </message>
    <message>
        <source>Save the filter “%1” as a queue named:</source>
        <translation>Den Filter “%1” als Warteschlange speichern unter dem Namen:</translation>
    </message>
    <message>
        <source>(all tickets)</source>
        <translation>(alle Tickets)</translation>
    </message>
    <message>
        <source>Rename Queue</source>
        <translation>Warteschlange umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Queue</source>
        <translation>Warteschlange löschen</translation>
    </message>
    <message>
        <source>Delete the queue “%1”? The tickets in it stay as they are.</source>
        <translation>Die Warteschlange “%1” löschen? Die Tickets darin bleiben unverändert.</translation>
    </message>
    <message>
        <source>Save Current Filter as Queue…</source>
        <translation>Aktuellen Filter als Warteschlange speichern…</translation>
    </message>
    <message>
        <source>Refresh Counts</source>
        <translation>Anzahlen aktualisieren</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::QueuePage</name>
    <message>
        <source>The view of “%1” was not remembered: %2</source>
        <translation>Die Ansicht von “%1” wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assign Tickets</source>
        <translation>Tickets zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) to:</source>
        <translation>
            <numerusform>%n Ticket zuweisen an:</numerusform>
            <numerusform>%n Tickets zuweisen an:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Tickets</source>
        <translation>Status der Tickets wechseln</translation>
    </message>
    <message>
        <source>The selected tickets have no next state in common; move them in smaller groups.</source>
        <translation>Die ausgewählten Tickets haben keinen gemeinsamen nächsten Status; wechseln Sie den Status in kleineren Gruppen.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n ticket(s) to:</source>
        <translation>
            <numerusform>Status von %n Ticket wechseln zu:</numerusform>
            <numerusform>Status von %n Tickets wechseln zu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Zuweisen an…</translation>
    </message>
    <message>
        <source>Move to State…</source>
        <translation>Status wechseln…</translation>
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
        <translation>Klicken zum Sortieren; Rechtsklick zum Auswählen der Spalten</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::RemoteEditor</name>
    <message>
        <source>Add Remote Service</source>
        <translation>Remote-Dienst hinzufügen</translation>
    </message>
    <message>
        <source>Edit Remote Service</source>
        <translation>Remote-Dienst bearbeiten</translation>
    </message>
    <message>
        <source>Request Tracker 5 (ticket exchange)</source>
        <translation>Request Tracker 5 (Ticketaustausch)</translation>
    </message>
    <message>
        <source>CalDAV calendar (change schedule)</source>
        <translation>CalDAV-Kalender (Change-Kalender)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>https://rt.example.com or https://cal.example.com/user/changes/</source>
        <translation>https://rt.example.com oder https://cal.example.com/user/changes/</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>No keychain service answers on this computer: the secret is kept in memory for this run only and asked for again after a restart.</source>
        <translation>Auf diesem Computer antwortet kein Schlüsselbunddienst: Das Geheimnis wird nur für diese Sitzung im Speicher gehalten und nach einem Neustart erneut abgefragt.</translation>
    </message>
    <message>
        <source>Only for a server whose certificate the system does not trust</source>
        <translation>Nur für einen Server, dessen Zertifikat das System nicht vertraut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Trusted &amp;CA (PEM):</source>
        <translation>Vertrauenswürdige &amp;CA (PEM):</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <source>RT queues</source>
        <translation>RT-Warteschlangen</translation>
    </message>
    <message>
        <source>RT queue</source>
        <translation>RT-Warteschlange</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>RT queue mappings</source>
        <translation>Zuordnungen der RT-Warteschlangen</translation>
    </message>
    <message>
        <source>Each RT queue exchanges its tickets with the ServiceDeck group and kind of its row</source>
        <translation>Jede RT-Warteschlange tauscht ihre Tickets mit der ServiceDeck-Gruppe und Ticketart ihrer Zeile aus</translation>
    </message>
    <message>
        <source>Add &amp;Queue</source>
        <translation>&amp;Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Queue</source>
        <translation>Warteschlange &amp;entfernen</translation>
    </message>
    <message>
        <source>Published range</source>
        <translation>Veröffentlichter Zeitraum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days &amp;back:</source>
        <translation>Tage &amp;zurück:</translation>
    </message>
    <message>
        <source>Days a&amp;head:</source>
        <translation>Tage &amp;voraus:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Request Tracker signs in with the token alone</source>
        <translation>Request Tracker meldet sich allein mit dem Token an</translation>
    </message>
    <message>
        <source>Group for row %1</source>
        <translation>Gruppe für Zeile %1</translation>
    </message>
    <message>
        <source>Kind for row %1</source>
        <translation>Ticketart für Zeile %1</translation>
    </message>
    <message>
        <source>RT queues, row %1: the RT queue name is empty</source>
        <translation>RT-Warteschlangen, Zeile %1: Der Name der RT-Warteschlange ist leer</translation>
    </message>
    <message>
        <source>RT queues, row %1: the queue &quot;%2&quot; is mapped twice</source>
        <translation>RT-Warteschlangen, Zeile %1: Die Warteschlange &quot;%2&quot; ist doppelt zugeordnet</translation>
    </message>
    <message>
        <source>RT queues, row %1: choose the group its tickets go to</source>
        <translation>RT-Warteschlangen, Zeile %1: Wählen Sie die Gruppe, in die ihre Tickets gehen</translation>
    </message>
    <message>
        <source>RT queues: map at least one RT queue to a group</source>
        <translation>RT-Warteschlangen: Ordnen Sie mindestens eine RT-Warteschlange einer Gruppe zu</translation>
    </message>
    <message>
        <source>User: a CalDAV calendar needs the user to sign in as</source>
        <translation>Benutzer: Ein CalDAV-Kalender braucht den Benutzer, als der sich ServiceDeck anmeldet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::RemotesPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Remote services</source>
        <translation>Remote-Dienste</translation>
    </message>
    <message>
        <source>Each remote service with its last sync, how it ended and the errors of queued changes</source>
        <translation>Jeder Remote-Dienst mit seiner letzten Synchronisierung, ihrem Ergebnis und den Fehlern ausstehender Änderungen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Exchange with the selected remote service now</source>
        <translation>Jetzt mit dem ausgewählten Remote-Dienst austauschen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Errors of the selected remote (the changes stay queued and are sent again at the next sync):</source>
        <translation>Fehler des ausgewählten Remote-Dienstes (die Änderungen bleiben ausstehend und werden bei der nächsten Synchronisierung erneut gesendet):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Remote errors</source>
        <translation>Fehler der Remote-Dienste</translation>
    </message>
    <message>
        <source>Sync finished: %1</source>
        <translation>Synchronisierung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>CalDAV calendar</source>
        <translation>CalDAV-Kalender</translation>
    </message>
    <message>
        <source>Request Tracker</source>
        <translation>Request Tracker</translation>
    </message>
    <message>
        <source>The last sync failed</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Remove Remote Service</source>
        <translation>Remote-Dienst entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its links to remote records and its queued errors are forgotten; the records themselves stay, here and on the remote.</source>
        <translation>&quot;%1&quot; entfernen? Seine Verknüpfungen mit entfernten Datensätzen und seine ausstehenden Fehler werden verworfen; die Datensätze selbst bleiben erhalten, hier und auf dem Remote-Dienst.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::RiskPage</name>
    <message>
        <source>Risk questionnaire</source>
        <translation>Risikofragebogen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Punktzahl:</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikopunktzahl</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Saved risk</source>
        <translation>Gespeichertes Risiko</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Beantwortet: %1 von %2</translation>
    </message>
    <message>
        <source>Answer every question to assess the risk</source>
        <translation>Beantworten Sie alle Fragen, um das Risiko zu bewerten</translation>
    </message>
    <message>
        <source>No risk assessed yet</source>
        <translation>Noch kein Risiko bewertet</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, Punktzahl %2</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ScheduleDocument</name>
    <message>
        <source>Forward schedule of change, %1 to %2</source>
        <translation>Change-Kalender, %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), %1.</source>
        <translation>
            <numerusform>%n Change, %1.</numerusform>
            <numerusform>%n Changes, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collision(s)</source>
        <translation>
            <numerusform>Kollision (%n)</numerusform>
            <numerusform>Kollisionen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are local (%1). Printed %2.</source>
        <translation>Zeiten in Ortszeit (%1). Gedruckt am %2.</translation>
    </message>
    <message>
        <source>No changes are planned in this range.</source>
        <translation>In diesem Zeitraum sind keine Changes geplant.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>CIs</source>
        <translation>CIs</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Collisions</source>
        <translation>Kollisionen</translation>
    </message>
    <message>
        <source>Change freezes</source>
        <translation>Änderungssperren</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Implementer: %1</source>
        <translation>Implementierer: %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Every CI</source>
        <translation>Alle CIs</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::ScheduleExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>das PDF konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Export Change Schedule as iCalendar</source>
        <translation>Change-Kalender als iCalendar exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Change Schedule</source>
        <translation>Change-Kalender exportieren</translation>
    </message>
    <message>
        <source>Export Change Schedule as PDF</source>
        <translation>Change-Kalender als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Print Change Schedule</source>
        <translation>Change-Kalender drucken</translation>
    </message>
    <message>
        <source>The change schedule could not be printed on %1.</source>
        <translation>Der Change-Kalender konnte nicht auf %1 gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Als Sta&amp;ndard festlegen</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Work as:</source>
        <translation>&amp;Arbeiten als:</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time ServiceDeck starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von ServiceDeck wirksam.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das S&amp;ystem</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>Dun&amp;kel</translation>
    </message>
    <message>
        <source>&amp;SLA</source>
        <translation>&amp;SLA</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <source>Cale&amp;ndar:</source>
        <translation>Kale&amp;nder:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Around the &amp;clock (24×7)</source>
        <translation>Rund um die &amp;Uhr (24×7)</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Arbeitszeiten:</translation>
    </message>
    <message>
        <source>Working hours per weekday</source>
        <translation>Arbeitszeiten je Wochentag</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>SLA-Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Window Layout</source>
        <translation>&amp;Fensterlayout</translation>
    </message>
    <message>
        <source>ServiceDeck remembers the size and place of its windows, the splitters between their parts and the columns of its tables.</source>
        <translation>ServiceDeck merkt sich Größe und Position seiner Fenster, die Trennlinien zwischen ihren Bereichen und die Spalten seiner Tabellen.</translation>
    </message>
    <message>
        <source>&amp;Reset Window Layout</source>
        <translation>Fensterlayout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>The saved layout is gone: windows open in their first-start layout.</source>
        <translation>Das gespeicherte Layout wurde entfernt: Die Fenster öffnen sich wieder wie beim ersten Start.</translation>
    </message>
    <message>
        <source>The default profile opens when ServiceDeck starts without --db or --profile. A changed profile takes effect at the next start.</source>
        <translation>Das Standardprofil wird geöffnet, wenn ServiceDeck ohne --db oder --profile startet. Ein geändertes Profil wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the connection profile &quot;%1&quot;? Its database is kept; only the profile and its saved password go.</source>
        <translation>Das Verbindungsprofil &quot;%1&quot; entfernen? Seine Datenbank bleibt erhalten; nur das Profil und sein gespeichertes Passwort werden entfernt.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>This run was started from the command line, not with a connection profile: start ServiceDeck with a profile to choose who works in it (or use --as).</source>
        <translation>Diese Sitzung wurde über die Kommandozeile gestartet, nicht mit einem Verbindungsprofil: Starten Sie ServiceDeck mit einem Profil, um festzulegen, wer darin arbeitet (oder verwenden Sie --as).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who works when the profile &quot;%1&quot; starts: the actor in the journal and &quot;me&quot; in queues. A change takes effect at the next start.</source>
        <translation>Wer arbeitet, wenn das Profil &quot;%1&quot; startet: der Handelnde im Verlauf und &quot;me&quot; in Warteschlangen. Eine Änderung wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Der erste Administrator</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Changed targets apply to tickets opened or re-prioritised from now on.</source>
        <translation>Geänderte Ziele gelten für Tickets, die ab jetzt eröffnet oder neu priorisiert werden.</translation>
    </message>
    <message>
        <source>Only administrators can change SLA calendars and policies.</source>
        <translation>Nur Administratoren können SLA-Kalender und -Richtlinien ändern.</translation>
    </message>
    <message>
        <source>Working hours (e.g. 08:00–17:00)</source>
        <translation>Arbeitszeiten (z. B. 08:00–17:00)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>SLA Calendar</source>
        <translation>SLA-Kalender</translation>
    </message>
    <message>
        <source>SLA Policy</source>
        <translation>SLA-Richtlinie</translation>
    </message>
    <message>
        <source>Request Tracker instances exchange tickets with this database; CalDAV calendars receive the change schedule.</source>
        <translation>Request-Tracker-Instanzen tauschen Tickets mit dieser Datenbank aus; CalDAV-Kalender erhalten den Change-Kalender.</translation>
    </message>
    <message>
        <source>Only administrators can add or change remote services.</source>
        <translation>Nur Administratoren können Remote-Dienste hinzufügen oder ändern.</translation>
    </message>
    <message>
        <source>&amp;Remote Services</source>
        <translation>&amp;Remote-Dienste</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SlaDelegate</name>
    <message>
        <source>SLA on track</source>
        <translation>SLA im Plan</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>SLA paused</source>
        <translation>SLA pausiert</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Kein SLA</translation>
    </message>
    <message>
        <source>%1: %2 (%3 % of the target used)</source>
        <translation>%1: %2 (%3 % des Ziels verbraucht)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SlaSettings</name>
    <message>
        <source>Only an administrator may change SLA calendars and policies.</source>
        <translation>Nur ein Administrator darf SLA-Kalender und -Richtlinien ändern.</translation>
    </message>
    <message>
        <source>Hours on %1: &quot;%2&quot; is not a span like 08:00–17:00</source>
        <translation>Arbeitszeiten am %1: &quot;%2&quot; ist kein Zeitraum wie 08:00–17:00</translation>
    </message>
    <message>
        <source>Hours on %1: &quot;%2&quot; overlaps another span</source>
        <translation>Arbeitszeiten am %1: &quot;%2&quot; überschneidet sich mit einem anderen Zeitraum</translation>
    </message>
    <message>
        <source>Field &quot;time zone&quot;: &quot;%1&quot; is not a known time zone</source>
        <translation>Feld &quot;time zone&quot;: &quot;%1&quot; ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; was changed meanwhile; reopen the settings and try again.</source>
        <translation>Der Kalender &quot;%1&quot; wurde inzwischen geändert; öffnen Sie die Einstellungen erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot;: response and resolution need at least one minute</source>
        <translation>Richtlinie &quot;%1&quot;: Reaktion und Lösung brauchen mindestens eine Minute</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; was changed meanwhile; reopen the settings and try again.</source>
        <translation>Die Richtlinie &quot;%1&quot; wurde inzwischen geändert; öffnen Sie die Einstellungen erneut und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Sync panel</source>
        <translation>Synchronisierungsübersicht</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Zuletzt synchronisiert:</translation>
    </message>
    <message>
        <source>First download</source>
        <translation>Erster Download</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v von %m Datensätzen</translation>
    </message>
    <message>
        <source>Changes waiting for the hub</source>
        <translation>Ausstehende Änderungen für den Hub</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Letzte Fehler</translation>
    </message>
    <message>
        <source>Recent sync errors</source>
        <translation>Letzte Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send the waiting changes to the hub and fetch what changed there</source>
        <translation>Die ausstehenden Änderungen an den Hub senden und abrufen, was sich dort geändert hat</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Decide the edits that clashed with the hub&apos;s</source>
        <translation>Über die Änderungen entscheiden, die mit denen des Hubs kollidiert sind</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Konflikte (%1)…</translation>
    </message>
    <message>
        <source>Nothing is waiting: every change made here has reached the hub.</source>
        <translation>Nichts steht aus: Jede hier vorgenommene Änderung ist beim Hub angekommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting.</source>
        <translation>
            <numerusform>%n Änderung steht aus.</numerusform>
            <numerusform>%n Änderungen stehen aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 changes waiting.</source>
        <translation>Die ersten %1 von %2 ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>Remote services</source>
        <translation>Remote-Dienste</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SyncStatusText</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>Wird heruntergeladen… %1 %</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung ausstehend</numerusform>
            <numerusform>%n Änderungen ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>Konflikt (%n)</numerusform>
            <numerusform>Konflikte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>The hub cannot be reached; your changes are kept here until it can.</source>
        <translation>Der Hub ist nicht erreichbar; Ihre Änderungen werden hier aufbewahrt, bis er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Click for the sync panel.</source>
        <translation>Klicken, um die Synchronisierungsübersicht zu öffnen.</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::TicketDetailsPage</name>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>1 – High</source>
        <translation>1 – Hoch</translation>
    </message>
    <message>
        <source>2 – Medium</source>
        <translation>2 – Mittel</translation>
    </message>
    <message>
        <source>3 – Low</source>
        <translation>3 – Niedrig</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Derived from impact and urgency</source>
        <translation>Ergibt sich aus Auswirkung und Dringlichkeit</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>e.g. network/vpn</source>
        <translation>z. B. network/vpn</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>&amp;Melder:</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Supportgruppe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Business service (CI name)</source>
        <translation>Business-Service (CI-Name)</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Konfigurationselement</translation>
    </message>
    <message>
        <source>Affected configuration item</source>
        <translation>Betroffenes Konfigurationselement</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What happens, since when, who is affected</source>
        <translation>Was passiert, seit wann, wer ist betroffen</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>How it was solved or why it was closed</source>
        <translation>Wie es gelöst wurde oder warum es geschlossen wurde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>&amp;Workaround:</source>
        <translation>&amp;Workaround:</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <source>&amp;Known error (the workaround is published)</source>
        <translation>Bekannter &amp;Fehler (der Workaround ist veröffentlicht)</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Change-Typ</translation>
    </message>
    <message>
        <source>Planned start is set</source>
        <translation>Geplanter Beginn ist gesetzt</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Ein Datum setzen</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Geplantes &amp;Ende:</translation>
    </message>
    <message>
        <source>Planned end is set</source>
        <translation>Geplantes Ende ist gesetzt</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Standard (pre-approved)</source>
        <translation>Standard (vorab genehmigt)</translation>
    </message>
    <message>
        <source>Normal (CAB approval)</source>
        <translation>Normal (Genehmigung durch das CAB)</translation>
    </message>
    <message>
        <source>Emergency (ECAB)</source>
        <translation>Notfall (ECAB)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Eröffnet %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>gelöst %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>geschlossen %1</translation>
    </message>
    <message>
        <source>Im&amp;pact:</source>
        <translation>A&amp;uswirkung:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>C&amp;I:</source>
        <translation>C&amp;I:</translation>
    </message>
    <message>
        <source>Res&amp;olution:</source>
        <translation>Lösu&amp;ng:</translation>
    </message>
    <message>
        <source>Root caus&amp;e:</source>
        <translation>Grundursach&amp;e:</translation>
    </message>
    <message>
        <source>Pla&amp;nned start:</source>
        <translation>Geplanter Begi&amp;nn:</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::TicketForm</name>
    <message>
        <source>Ticket form</source>
        <translation>Ticketformular</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>Ticket kind</source>
        <translation>Ticketart</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A short summary of the ticket</source>
        <translation>Eine kurze Zusammenfassung des Tickets</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Wechseln zu:</translation>
    </message>
    <message>
        <source>Next state</source>
        <translation>Nächster Status</translation>
    </message>
    <message>
        <source>The states this ticket may move to from its current state</source>
        <translation>Die Status, in die dieses Ticket von seinem aktuellen Status aus wechseln kann</translation>
    </message>
    <message>
        <source>Move to the chosen state</source>
        <translation>In den gewählten Status wechseln</translation>
    </message>
    <message>
        <source>Save ticket</source>
        <translation>Ticket speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <source>Reload the ticket</source>
        <translation>Das Ticket neu laden</translation>
    </message>
    <message>
        <source>Load the ticket as it is now stored; your unsaved edits are discarded</source>
        <translation>Das Ticket so laden, wie es jetzt gespeichert ist; Ihre ungespeicherten Änderungen werden verworfen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Die Meldung ausblenden</translation>
    </message>
    <message>
        <source>Ticket sections</source>
        <translation>Ticketbereiche</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
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
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Change-Typ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Affected CIs</source>
        <translation>Betroffene CIs</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Implementierungsplan</translation>
    </message>
    <message>
        <source>Backout plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Verknüpfungen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <source>Save the ticket before moving it on</source>
        <translation>Speichern Sie das Ticket, bevor Sie den Status wechseln</translation>
    </message>
    <message>
        <source>%1 is a final state</source>
        <translation>%1 ist ein Endstatus</translation>
    </message>
    <message>
        <source>SLA unknown</source>
        <translation>SLA unbekannt</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Kein SLA</translation>
    </message>
    <message>
        <source>SLA %1 · %2 over</source>
        <translation>SLA %1 · %2 überschritten</translation>
    </message>
    <message>
        <source>SLA %1 · %2 left</source>
        <translation>SLA %1 · noch %2</translation>
    </message>
    <message>
        <source>Time left to the resolution target, in business time</source>
        <translation>Verbleibende Zeit bis zum Lösungsziel, in Geschäftszeit</translation>
    </message>
    <message>
        <source>Save the ticket before moving it on.</source>
        <translation>Speichern Sie das Ticket, bevor Sie den Status wechseln.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it, so nothing was saved. Your edits are still here. Reload to see the stored ticket (this discards your edits), then apply them again.</source>
        <translation>%1 wurde von jemand anderem geändert, seit Sie es geöffnet haben; daher wurde nichts gespeichert. Ihre Änderungen sind noch da. Laden Sie neu, um das gespeicherte Ticket zu sehen (dabei werden Ihre Änderungen verworfen), und nehmen Sie sie dann erneut vor.</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikopunktzahl</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>Erforderliche Genehmigungen</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>Review outcome</source>
        <translation>Review-Ergebnis</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Review-Notizen</translation>
    </message>
    <message>
        <source>Affected &amp;CIs</source>
        <translation>Betroffene &amp;CIs</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Pläne</translation>
    </message>
    <message>
        <source>Ris&amp;k</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <source>Appr&amp;ovals</source>
        <translation>Geneh&amp;migungen</translation>
    </message>
    <message>
        <source>Collisio&amp;ns</source>
        <translation>K&amp;ollisionen</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Rev&amp;iew</translation>
    </message>
    <message>
        <source>Collisio&amp;ns (%1)</source>
        <translation>K&amp;ollisionen (%1)</translation>
    </message>
    <message>
        <source>Changed by someone else — your edits will be merged on save.</source>
        <translation>Von jemand anderem geändert — Ihre Änderungen werden beim Speichern zusammengeführt.</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>Lösungs-SLA</translation>
    </message>
    <message>
        <source>%1 (%2 % of the target used)</source>
        <translation>%1 (%2 % des Ziels verbraucht)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::TicketTabs</name>
    <message>
        <source>Open tickets</source>
        <translation>Geöffnete Tickets</translation>
    </message>
    <message>
        <source>&amp;Save Ticket</source>
        <translation>Ticket &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Close Ticket</source>
        <translation>Ticket s&amp;chließen</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::TimelineView</name>
    <message>
        <source>Change calendar, timeline</source>
        <translation>Change-Kalender, Zeitleiste</translation>
    </message>
    <message>
        <source>(no configuration item)</source>
        <translation>(kein Konfigurationselement)</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(kein Service)</translation>
    </message>
    <message>
        <source>Freeze: %1 (%2)</source>
        <translation>Änderungssperre: %1 (%2)</translation>
    </message>
    <message>
        <source>Maintenance window: %1</source>
        <translation>Wartungsfenster: %1</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>Konfigurationselement</translation>
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
        <translation>Status wechseln</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1: Wechsel zu %2</translation>
    </message>
    <message>
        <source>To move this %1 from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;, fill in:</source>
        <translation>Für den Wechsel dieses Tickets (%1) von &lt;b&gt;%2&lt;/b&gt; zu &lt;b&gt;%3&lt;/b&gt; bitte ausfüllen:</translation>
    </message>
    <message>
        <source>&amp;Move to %1</source>
        <translation>&amp;Wechseln zu %1</translation>
    </message>
    <message>
        <source>(choose a group)</source>
        <translation>(Gruppe wählen)</translation>
    </message>
</context>
<context>
    <name>ServiceDeck::Views::WeekView</name>
    <message>
        <source>Change calendar, week</source>
        <translation>Change-Kalender, Woche</translation>
    </message>
    <message>
        <source>Freeze: %1 (%2)</source>
        <translation>Änderungssperre: %1 (%2)</translation>
    </message>
    <message>
        <source>Maintenance window of %1: %2</source>
        <translation>Wartungsfenster von %1: %2</translation>
    </message>
</context>
</TS>
