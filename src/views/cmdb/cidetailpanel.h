// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ci.h"
#include "core/cmdb/cicatalogue.h"

#include <QUuid>
#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

class CiAttributesPage;
class CiHistoryPage;
class CiImpactPage;
class CiRelationsPage;
class CiTicketList;
class ReferenceLookup;

// Everything about one CI, a tab each: attributes, relations, open tickets and scheduled
// changes, history, impact; its name, class and status above them.
class CiDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { AttributesTab, RelationsTab, TicketsTab, HistoryTab, ImpactTab };

    CiDetailPanel(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);
    ~CiDetailPanel() override;

    void setCatalogue(const Cmdb::CiCatalogue &catalogue);
    // Shows the CI (a null id: none); keeps the chosen tab.
    void setCi(const QUuid &ciId);
    QUuid ci() const { return m_ciId; }
    // The name the panel shows in its heading; empty with no CI.
    QString ciName() const;
    void reload();
    void showTab(Tab tab);

    QTabWidget *tabs() const { return m_tabs; }
    CiAttributesPage *attributesPage() const { return m_attributes; }
    CiRelationsPage *relationsPage() const { return m_relations; }
    CiTicketList *ticketList() const { return m_tickets; }
    CiHistoryPage *historyPage() const { return m_history; }
    CiImpactPage *impactPage() const { return m_impact; }

signals:
    void ciActivated(const QUuid &ciId);
    void ticketActivated(const QString &number);
    // The CI or its relations were changed here: lists elsewhere may be stale.
    void ciChanged(const QUuid &ciId);
    void errorOccurred(const QString &message);

private:
    void showHeading(const ConfigurationItem *ci);
    void loadTickets();

    Storage::Database &m_db;
    std::unique_ptr<ReferenceLookup> m_lookup;
    Cmdb::CiCatalogue m_catalogue;
    QUuid m_ciId;
    QLabel *m_heading;
    QLabel *m_subheading;
    QTabWidget *m_tabs;
    CiAttributesPage *m_attributes;
    CiRelationsPage *m_relations;
    CiTicketList *m_tickets;
    CiHistoryPage *m_history;
    CiImpactPage *m_impact;
};

} // namespace ServiceDeck::Views
