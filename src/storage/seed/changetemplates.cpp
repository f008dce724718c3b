// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettemplates.h"

namespace ServiceDeck::Storage::Internal {

namespace {

struct Row
{
    const char *category;
    GroupIndex group;
    Slot slot;
    const char *title;
    const char *description;
    const char *implementation;
    const char *backout;
    const char *test;
    bool routine;
    bool urgentFix;
};

const Row changeRows[] = {
    {"Server", LinuxServer, Slot::Host, "Apply monthly security patches to {}",
     "Install this month's operating system security updates on {} and reboot.",
     "1. Announce the reboot. 2. Take a snapshot of {}. 3. Install the updates. 4. Reboot.",
     "Revert to the snapshot taken before patching.",
     "Check that all services are running and monitoring is green.", true, false},
    {"Database", DatabaseAdmins, Slot::Database, "Upgrade {} to the next minor release",
     "Minor version upgrade of {} for security fixes.",
     "1. Stop the application. 2. Back up {}. 3. Upgrade the binaries. 4. Restart and analyse.",
     "Reinstall the previous binaries and restore the backup if the data files changed.",
     "Run the application's smoke tests and compare query timings.", false, false},
    {"Software", AppSupport, Slot::Service, "Deploy new release of {}",
     "Quarterly release of {} with new features and bug fixes.",
     "1. Put {} in maintenance mode. 2. Deploy the release. 3. Run database migrations.",
     "Redeploy the previous release and restore the pre-release database backup.",
     "Key users run the acceptance checklist.", false, false},
    {"Network", NetworkOps, Slot::Device, "Replace failed power supply in {}",
     "One of the two power supplies of {} failed; the device runs without redundancy.",
     "Swap the failed power supply of {} while the device stays online.",
     "Not applicable: hot-swap part; the old unit is kept until the new one is verified.",
     "Check both power supplies are reported healthy.", false, true},
    {"Network", NetworkOps, Slot::Device, "Firmware upgrade on {}",
     "Upgrade {} to the vendor's recommended firmware release.",
     "1. Save the configuration of {}. 2. Upload the image. 3. Reload the device.",
     "Boot the previous image and restore the saved configuration.",
     "Verify interfaces, routing neighbours and monitoring.", false, false},
    {"Server", LinuxServer, Slot::Host, "Increase memory of {}",
     "Add memory to {} as agreed in the capacity review.",
     "Shut down {}, change the allocation, start it again.", "Restore the previous allocation.",
     "Check the application starts and uses the memory.", true, false},
    {"Security", SecurityOps, Slot::Host, "Renew TLS certificate on {}",
     "The TLS certificate of {} expires soon.",
     "Install the new certificate on {} and reload the web server.",
     "Reinstall the old certificate (still valid until expiry).",
     "Check the certificate chain from outside.", true, false},
    {"Database", DatabaseAdmins, Slot::Database, "Migrate {} to the new storage array",
     "Move the data files of {} to the new storage array.",
     "1. Replicate the volumes of {}. 2. Short downtime for the final sync. 3. Switch paths.",
     "Switch the paths back to the old array; it stays untouched until review.",
     "Run integrity checks and the application's smoke tests.", false, false},
    {"Network", NetworkOps, Slot::Office, "Add VLAN for the {} office",
     "New VLAN for the meeting room equipment in the {} office.",
     "Create the VLAN on the core and access switches for the {} office and tag the ports.",
     "Remove the VLAN and restore the saved switch configurations.",
     "Connect a test device and check addressing and reachability.", false, false},
    {"Software", AppSupport, Slot::Service, "Failover test for {}",
     "Yearly disaster recovery test of {}.",
     "Fail {} over to the second data center, run for one hour, fail back.",
     "Fail back immediately if the secondary site shows errors.",
     "Business users check the main functions on the secondary site.", false, false},
    {"Storage", StorageBackup, Slot::Storage, "Extend {}",
     "Add capacity to {} before it runs full.", "Extend {} by 20 % online.",
     "Not applicable: extending is non-disruptive.", "Check the new size is visible on all hosts.",
     true, false},
    {"Server", LinuxServer, Slot::Host, "Decommission {}",
     "{} is no longer used and will be switched off.",
     "1. Final backup of {}. 2. Switch off. 3. Remove from monitoring and DNS.",
     "Switch the server on again from the final backup.",
     "Nobody complains for two weeks; then the hardware is wiped.", false, false},
    {"Software", AppSupport, Slot::Service, "Emergency fix for {}",
     "Hotfix for a production defect in {} that blocks users.",
     "Deploy the hotfix build of {} to all application servers.", "Redeploy the previous build.",
     "Reproduce the defect's scenario; it must pass.", false, true},
    {"Database", DatabaseAdmins, Slot::Database, "Rotate service credentials for {}",
     "Scheduled rotation of the technical users' passwords on {}.",
     "Set new passwords on {} and update them in the vault and the applications.",
     "Set the previous passwords again.", "Check all applications still connect.", true, false},
};

} // namespace

const QList<ChangeTemplate> &changeTemplates()
{
    static const QList<ChangeTemplate> templates = [] {
        QList<ChangeTemplate> list;
        for (const Row &row : changeRows) {
            ChangeTemplate t;
            t.category = QString::fromLatin1(row.category);
            t.group = row.group;
            t.slot = row.slot;
            t.title = TextTemplate(row.title);
            t.description = TextTemplate(row.description);
            t.implementationPlan = TextTemplate(row.implementation);
            t.backoutPlan = QString::fromLatin1(row.backout);
            t.testPlan = QString::fromLatin1(row.test);
            t.routine = row.routine;
            t.urgentFix = row.urgentFix;
            list << t;
        }
        return list;
    }();
    return templates;
}

} // namespace ServiceDeck::Storage::Internal
