// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/cicatalogue.h"
#include "core/cmdb/impact.h"

#include <QUuid>
#include <QWidget>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}
namespace ServiceDeck::Models {
class ImpactModel;
}

namespace ServiceDeck::Views {

namespace Ui {
class CiImpactPage;
}

class CiTicketList;
class ImpactGraphView;

// The Impact tab of a CI: what it depends on (down) or what depends on it (up), to a chosen
// depth, as a graph and as a tree, with the open tickets and scheduled changes on any CI of
// it. Computed when the tab is shown, not for every CI passed on the way.
class CiImpactPage : public QWidget
{
    Q_OBJECT

public:
    explicit CiImpactPage(Storage::Database &db, QWidget *parent = nullptr);
    ~CiImpactPage() override;

    void setCatalogue(const Cmdb::CiCatalogue &catalogue);
    void setCi(const QUuid &ciId);
    void setDirection(Cmdb::ImpactDirection direction);
    Cmdb::ImpactDirection direction() const;
    // < 0: unlimited.
    void setDepth(int depth);
    int depth() const;
    // Computes the impact now.
    void reload();

    Models::ImpactModel *model() const { return m_model; }
    ImpactGraphView *graph() const { return m_graph; }
    CiTicketList *ticketList() const { return m_tickets; }
    QString summary() const;

signals:
    void ciActivated(const QUuid &ciId);
    void ticketActivated(const QString &number);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadTickets();

    std::unique_ptr<Ui::CiImpactPage> m_ui;
    Storage::Database &m_db;
    Models::ImpactModel *m_model;
    ImpactGraphView *m_graph;
    CiTicketList *m_tickets;
    QUuid m_ciId;
    bool m_stale = false;
};

} // namespace ServiceDeck::Views
