// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettemplates.h"

#include <QHash>

namespace ServiceDeck::Storage::Internal {

TextTemplate::TextTemplate(const char *text)
{
    const QString whole = QString::fromLatin1(text);
    const qsizetype slot = whole.indexOf(QLatin1String("{}"));
    m_hasSlot = slot >= 0;
    m_prefix = m_hasSlot ? whole.left(slot) : whole;
    m_suffix = m_hasSlot ? whole.mid(slot + 2) : QString();
}

QString TextTemplate::fill(const QString &value) const
{
    if (!m_hasSlot)
        return m_prefix; // shared, no copy of the characters
    QString text;
    text.reserve(m_prefix.size() + value.size() + m_suffix.size());
    text += m_prefix;
    text += value;
    text += m_suffix;
    return text;
}

namespace {

QStringList latinList(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromLatin1(item);
    return list;
}

const QHash<QString, QStringList> &resolutionsByCategory()
{
    static const QHash<QString, QStringList> texts = {
        {QStringLiteral("Network"),
         latinList({"Replaced the faulty patch cable; the connection is stable again.",
                    "Reset the port on the access switch and cleared the error counters.",
                    "Updated the VPN client to the current version; no more disconnects.",
                    "The provider fixed a fault on the WAN line; traffic is normal again."})},
        {QStringLiteral("Hardware"),
         latinList({"Replaced the device with a spare from stock.",
                    "Updated the BIOS and docking station firmware; works again.",
                    "Hardware repaired by the vendor under warranty."})},
        {QStringLiteral("Printing"),
         latinList({"Cleared the print queue and restarted the spooler service.",
                    "Removed the paper jam and replaced the worn pickup roller.",
                    "Re-added the printer with the current driver."})},
        {QStringLiteral("Software"),
         latinList({"Restarted the application service; response times are normal again.",
                    "Applied the vendor hotfix; the error no longer occurs.",
                    "Cleared the user's cache and profile settings; solved.",
                    "Corrected a wrong configuration value introduced by the last release."})},
        {QStringLiteral("Email"),
         latinList({"Recreated the Outlook profile; the mailbox works again.",
                    "Granted the missing mailbox permission.",
                    "The mail gateway queue was cleared; delayed mails were delivered."})},
        {QStringLiteral("Access"),
         latinList({"Unlocked the account and asked the user to set a new password.",
                    "Added the user to the required access group.",
                    "Re-registered the MFA device."})},
        {QStringLiteral("Server"),
         latinList({"Cleaned up old log files and extended the filesystem.",
                    "Restarted the hung service; monitoring is green again.",
                    "Killed a runaway process and scheduled a fix with the application team.",
                    "Renewed the certificate and restarted the web server."})},
        {QStringLiteral("Database"),
         latinList({"Added a missing index; the queries run in milliseconds again.",
                    "Increased the connection pool size and restarted the application.",
                    "Resynchronised the replica from a fresh base backup."})},
        {QStringLiteral("Security"),
         latinList({"Blocked the sender and removed the mails from all mailboxes.",
                    "Reimaged the laptop and reset the user's credentials.",
                    "Blocked the source addresses on the perimeter firewall."})},
        {QStringLiteral("Telephony"),
         latinList({"Re-provisioned the desk phone.", "Reset the mobile device profile."})},
        {QStringLiteral("Storage"),
         latinList({"Rebalanced the volumes across the controllers.",
                    "Extended the volume and adjusted the snapshot schedule."})},
        {QStringLiteral("Request"),
         latinList({"Delivered as requested.", "Done; the requester confirmed.",
                    "Fulfilled according to the standard catalogue item."})},
    };
    return texts;
}

struct Row
{
    TicketKind kind;
    const char *category;
    GroupIndex group;
    Slot slot;
    const char *title;
    const char *description;
    bool outage;
    const char *rootCause;
    const char *workaround;
};

const Row ticketRows[] = {
    // Incidents.
    {TicketKind::Incident, "Network", NetworkOps, Slot::None,
     "VPN connection drops every few minutes",
     "The VPN client disconnects every few minutes since this morning; reconnecting helps only "
     "briefly.",
     false, nullptr, nullptr},
    {TicketKind::Incident, "Network", NetworkOps, Slot::Office,
     "No network connection in the {} office",
     "Several users in the {} office have no wired network access; Wi-Fi works intermittently.",
     true, nullptr, nullptr},
    {TicketKind::Incident, "Network", NetworkOps, Slot::Floor, "Wi-Fi very slow on {}",
     "The wireless network on {} is very slow; video calls keep freezing.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Network", NetworkOps, Slot::Device, "{} not reachable",
     "Monitoring reports {} as unreachable since the last check; connected hosts may be affected.",
     true, nullptr, nullptr},
    {TicketKind::Incident, "Network", NetworkOps, Slot::Device, "High packet loss on {}",
     "Interface errors and packet loss above 5 % on {} during business hours.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Hardware", EndUserComputing, Slot::None,
     "Laptop does not boot after update",
     "The laptop shows a black screen after the update that was installed overnight.", false,
     nullptr, nullptr},
    {TicketKind::Incident, "Hardware", EndUserComputing, Slot::None,
     "Docking station does not detect external monitors",
     "Both external monitors stay dark when the laptop is docked; the laptop screen works.", false,
     nullptr, nullptr},
    {TicketKind::Incident, "Hardware", EndUserComputing, Slot::None,
     "Laptop battery drains within an hour",
     "The battery is empty after about an hour of normal work.", false, nullptr, nullptr},
    {TicketKind::Incident, "Printing", EndUserComputing, Slot::Floor, "Cannot print to {} printer",
     "Print jobs to the {} printer stay in the queue and never print; colleagues see the same.",
     false, nullptr, nullptr},
    {TicketKind::Incident, "Printing", EndUserComputing, Slot::Floor,
     "Printer on {} jams on every job",
     "The printer on {} reports a paper jam on every job although no paper is stuck.", false,
     nullptr, nullptr},
    {TicketKind::Incident, "Software", AppSupport, Slot::Service, "{} is very slow",
     "Users report that {} takes more than a minute to load pages since this morning.", false,
     nullptr, nullptr},
    {TicketKind::Incident, "Software", AppSupport, Slot::Service, "{} shows an error after login",
     "After logging in to {} users get an unexpected error page and cannot continue.", false,
     nullptr, nullptr},
    {TicketKind::Incident, "Software", AppSupport, Slot::Service, "{} is down",
     "{} cannot be reached by any user; the login page returns HTTP 503.", true, nullptr, nullptr},
    {TicketKind::Incident, "Software", AppSupport, Slot::Service, "Error when saving records in {}",
     "Saving a record in {} fails with a timeout; the changes are lost.", false, nullptr, nullptr},
    {TicketKind::Incident, "Software", AppSupport, Slot::Service, "Report export from {} fails",
     "The monthly report export from {} stops at 99 % and produces no file.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Software", EndUserComputing, Slot::None,
     "Excel crashes when opening large files",
     "Excel closes without a message when opening workbooks larger than about 20 MB.", false,
     nullptr, nullptr},
    {TicketKind::Incident, "Software", EndUserComputing, Slot::None,
     "Video meetings freeze after a few minutes",
     "Video and audio freeze after a few minutes in every meeting; chat still works.", false,
     nullptr, nullptr},
    {TicketKind::Incident, "Email", AppSupport, Slot::None, "Outlook keeps asking for the password",
     "Outlook prompts for the password every few minutes although it is correct.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Email", AppSupport, Slot::None, "Shared mailbox not visible in Outlook",
     "The team's shared mailbox disappeared from Outlook after the weekend.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Email", AppSupport, Slot::None,
     "E-mails to external recipients are delayed",
     "Mails to external addresses arrive with a delay of several hours.", false, nullptr, nullptr},
    {TicketKind::Incident, "Access", IdentityAccess, Slot::None, "Account locked out",
     "Cannot log in after the password change; the account appears to be locked.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Access", IdentityAccess, Slot::Service,
     "No access to {} after role change",
     "Since moving to a new team the user cannot open {} any more.", false, nullptr, nullptr},
    {TicketKind::Incident, "Access", IdentityAccess, Slot::None,
     "MFA prompt not received on new phone",
     "The authenticator app on the new phone does not receive any sign-in prompts.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Server", LinuxServer, Slot::Host, "Disk usage above 90 % on {}",
     "Monitoring alert: a filesystem on {} is above 90 % and still growing.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Server", LinuxServer, Slot::Host, "High CPU load on {}",
     "CPU load on {} has been above 95 % for more than 30 minutes.", false, nullptr, nullptr},
    {TicketKind::Incident, "Server", LinuxServer, Slot::Host, "{} not responding",
     "{} does not answer to ping or SSH; the services on it are unavailable.", true, nullptr,
     nullptr},
    {TicketKind::Incident, "Server", StorageBackup, Slot::Host, "Backup of {} failed",
     "The nightly backup job for {} ended with errors for the third time.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Server", LinuxServer, Slot::Host, "Certificate on {} expires in 7 days",
     "The TLS certificate on {} expires in 7 days and must be renewed.", false, nullptr, nullptr},
    {TicketKind::Incident, "Database", DatabaseAdmins, Slot::Database, "Slow queries on {}",
     "Queries against {} take several seconds instead of milliseconds.", false, nullptr, nullptr},
    {TicketKind::Incident, "Database", DatabaseAdmins, Slot::Database, "Replication lag on {}",
     "The replica of {} lags more than 15 minutes behind the primary.", false, nullptr, nullptr},
    {TicketKind::Incident, "Database", DatabaseAdmins, Slot::Database,
     "Connection pool exhausted on {}", "Applications get \"too many connections\" errors from {}.",
     true, nullptr, nullptr},
    {TicketKind::Incident, "Security", SecurityOps, Slot::None, "Phishing e-mail reported by user",
     "A user reported a suspicious mail asking to confirm the password on an external page.", false,
     nullptr, nullptr},
    {TicketKind::Incident, "Security", SecurityOps, Slot::Host, "Suspicious login attempts on {}",
     "Hundreds of failed logins from unknown addresses on {} within an hour.", false, nullptr,
     nullptr},
    {TicketKind::Incident, "Telephony", EndUserComputing, Slot::None,
     "Desk phone shows no dial tone",
     "The desk phone shows \"no service\" and there is no dial tone.", false, nullptr, nullptr},
    {TicketKind::Incident, "Storage", StorageBackup, Slot::Storage, "Latency spikes on {}",
     "Write latency on {} spikes above 50 ms several times an hour.", false, nullptr, nullptr},
    {TicketKind::Incident, "Storage", StorageBackup, Slot::Storage, "{} almost full",
     "{} has less than 5 % free capacity left.", false, nullptr, nullptr},

    // Service requests.
    {TicketKind::Request, "Hardware", EndUserComputing, Slot::Person, "Request: new laptop for {}",
     "Please provide a standard laptop with docking station for {}.", false, nullptr, nullptr},
    {TicketKind::Request, "Hardware", EndUserComputing, Slot::Person,
     "Request: second monitor for {}", "Please provide a second 27\" monitor for {}.", false,
     nullptr, nullptr},
    {TicketKind::Request, "Hardware", EndUserComputing, Slot::None, "Request: replacement headset",
     "The headset's microphone is broken; please send a replacement.", false, nullptr, nullptr},
    {TicketKind::Request, "Telephony", EndUserComputing, Slot::Person,
     "Request: new mobile phone for {}", "Please order a standard company mobile phone for {}.",
     false, nullptr, nullptr},
    {TicketKind::Request, "Access", IdentityAccess, Slot::Service, "Request: access to {}",
     "Please grant access to {} for the requester; the manager has approved.", false, nullptr,
     nullptr},
    {TicketKind::Request, "Access", IdentityAccess, Slot::Person, "Request: VPN access for {}",
     "Please enable remote access for {}.", false, nullptr, nullptr},
    {TicketKind::Request, "Access", IdentityAccess, Slot::Person,
     "Request: new user account for {}",
     "{} starts on Monday and needs an account, a mailbox and the team's standard groups.", false,
     nullptr, nullptr},
    {TicketKind::Request, "Email", AppSupport, Slot::None,
     "Request: shared mailbox for the project team",
     "Please create a shared mailbox for the project team and give all members access.", false,
     nullptr, nullptr},
    {TicketKind::Request, "Software", EndUserComputing, Slot::None,
     "Request: install Visio on my laptop",
     "I need Visio for process diagrams; the licence is approved by my manager.", false, nullptr,
     nullptr},
    {TicketKind::Request, "Software", EndUserComputing, Slot::None,
     "Request: Adobe Acrobat Pro licence",
     "Please assign an Acrobat Pro licence for editing contracts.", false, nullptr, nullptr},
    {TicketKind::Request, "Software", CloudPlatform, Slot::Service,
     "Request: test environment for {}",
     "Please set up a test environment for {} for the next release.", false, nullptr, nullptr},
    {TicketKind::Request, "Network", SecurityOps, Slot::Host, "Request: firewall rule for {}",
     "Please open HTTPS from the partner network to {}.", false, nullptr, nullptr},
    {TicketKind::Request, "Server", LinuxServer, Slot::Host, "Request: increase disk on {}",
     "Please add 100 GB to the data filesystem of {}.", false, nullptr, nullptr},
    {TicketKind::Request, "Database", DatabaseAdmins, Slot::Database, "Request: new schema on {}",
     "Please create a schema and a technical user for the new reporting module on {}.", false,
     nullptr, nullptr},
    {TicketKind::Request, "Storage", StorageBackup, Slot::None,
     "Request: restore deleted file from backup",
     "A folder on the team share was deleted yesterday; please restore it from the backup.", false,
     nullptr, nullptr},
    {TicketKind::Request, "Network", NetworkOps, Slot::Office,
     "Request: guest Wi-Fi for visitors in {}",
     "We expect 30 visitors in the {} office next week and need guest Wi-Fi access.", false,
     nullptr, nullptr},

    // Problems.
    {TicketKind::Problem, "Network", NetworkOps, Slot::None,
     "Recurring VPN disconnects for remote users",
     "Many incidents about VPN disconnects; all affected users connect through the same gateway.",
     false, "The VPN gateway drops idle sessions because of a firmware defect.",
     "Reconnect the VPN; a keep-alive in the client profile reduces the drops."},
    {TicketKind::Problem, "Software", AppSupport, Slot::Service, "Intermittent timeouts in {}",
     "{} times out several times a day; incidents pile up around 09:00 and 14:00.", false,
     "A scheduled job locks a central table during peak hours.",
     "Retry after a minute; the job was moved to the night where possible."},
    {TicketKind::Problem, "Server", LinuxServer, Slot::Host, "Repeated disk space alerts on {}",
     "{} fills its data filesystem every few weeks.", false,
     "Log rotation was not configured for the application's debug log.",
     "Delete old debug logs; an alert at 80 % gives time to act."},
    {TicketKind::Problem, "Software", AppSupport, Slot::Service, "Memory leak in {}",
     "The application servers of {} need a restart every few days.", false,
     "A cache in the vendor library never evicts entries.",
     "Restart the application servers weekly during the maintenance window."},
    {TicketKind::Problem, "Database", DatabaseAdmins, Slot::Database,
     "Replication on {} falls behind at night",
     "Replication lag alerts every night between 01:00 and 03:00.", false,
     "The nightly batch writes in one huge transaction.",
     "Ignore the nightly lag alerts; the replica catches up by 04:00."},
    {TicketKind::Problem, "Printing", EndUserComputing, Slot::Floor,
     "Printers on {} lose their queue after reboot",
     "Print jobs vanish whenever the print server restarts.", false,
     "The spooler folder is on a temporary volume.",
     "Resubmit lost jobs after a print server restart."},
    {TicketKind::Problem, "Access", IdentityAccess, Slot::None, "Lockouts after password changes",
     "Many users are locked out a few hours after changing their password.", false,
     "Old credentials cached on mobile devices keep trying to sign in.",
     "Update the password on the phone right after changing it."},
    {TicketKind::Problem, "Network", NetworkOps, Slot::Device, "Packet loss on {} during backups",
     "Backups saturate the uplinks of {} and other traffic suffers.", false,
     "Backup traffic shares the uplinks without quality of service.",
     "Throttle backup jobs during business hours."},
};

} // namespace

const QList<TicketTemplate> &ticketTemplates(TicketKind kind)
{
    static const QList<QList<TicketTemplate>> byKind = [] {
        QList<QList<TicketTemplate>> lists(3);
        for (const Row &row : ticketRows) {
            TicketTemplate t;
            t.kind = row.kind;
            t.category = QString::fromLatin1(row.category);
            t.group = row.group;
            t.slot = row.slot;
            t.title = TextTemplate(row.title);
            t.description = TextTemplate(row.description);
            t.outage = row.outage;
            t.resolutions = resolutionsByCategory().value(
                row.kind == TicketKind::Request ? QStringLiteral("Request") : t.category);
            if (t.resolutions.isEmpty())
                t.resolutions << QStringLiteral("Solved.");
            t.rootCause = row.rootCause ? QString::fromLatin1(row.rootCause) : QString();
            t.workaround = row.workaround ? QString::fromLatin1(row.workaround) : QString();
            lists[int(row.kind)] << t;
        }
        return lists;
    }();
    static const QList<TicketTemplate> none;
    return int(kind) < byKind.size() ? byKind.at(int(kind)) : none;
}

const QStringList &descriptionContexts()
{
    static const QStringList texts =
        latinList({"Reported by phone.", "Reported through the self-service portal.",
                   "The whole team is affected.", "Needed for a customer meeting today.",
                   "No workaround known so far.", "Started after the weekend.",
                   "A screenshot is attached in the portal.", "It worked fine yesterday.",
                   "The user works remotely today.", "Urgent according to the department head."});
    return texts;
}

const QStringList &commentTexts()
{
    static const QStringList texts = latinList(
        {"Called the user; waiting for a call back.",
         "Asked the user for a screenshot of the error.",
         "Escalated to second line with the log excerpt.",
         "Checked the logs; nothing unusual so far.", "The user confirmed that it works again.",
         "Vendor case opened; reference in the worklog.",
         "Same symptom as last week; linking to the problem record."});
    return texts;
}

const QStringList &worklogNotes()
{
    static const QStringList texts =
        latinList({"Remote session with the user", "Analysed server and application logs",
                   "Reinstalled the client software", "Replaced hardware on site",
                   "Coordinated with the vendor", "Tested the fix with the requester",
                   "Documented the solution in the knowledge base"});
    return texts;
}

const QStringList &approvalComments()
{
    static const QStringList texts =
        latinList({"Approved; please inform the service owner.", "Fine with the backout plan.",
                   "Approved for the maintenance window.", "OK from the application side."});
    return texts;
}

const QStringList &reviewNotes()
{
    static const QStringList texts =
        latinList({"Implemented as planned.", "Took longer than planned but within the window.",
                   "Minor issues during testing, fixed on the spot.",
                   "Rolled back after the smoke test failed."});
    return texts;
}

} // namespace ServiceDeck::Storage::Internal
