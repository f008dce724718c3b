// SPDX-License-Identifier: GPL-3.0-or-later
#include "cidetailpanel.h"

#include "ciattributespage.h"
#include "cihistorypage.h"
#include "ciimpactpage.h"
#include "cirelationspage.h"
#include "citicketlist.h"

#include "views/ticketform/referencelookup.h"

#include "models/cmdb/cilabels.h"
#include "storage/cmdb/citickets.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ServiceDeck::Views {

namespace {

// A page that scrolls rather than asking for its whole height: the impact page (graph, tree and
// ticket list) and the attribute form would otherwise make the window taller than a laptop
// screen at 200 % with a ticket open below. With room to spare the page fills the tab as before.
QScrollArea *scrolling(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // The page's own widgets take the focus; the area is no extra stop for Tab.
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(page);
    return area;
}

} // namespace

CiDetailPanel::CiDetailPanel(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_lookup(std::make_unique<ReferenceLookup>(db))
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_attributes(new CiAttributesPage(db, actorId, *m_lookup, this))
    , m_relations(new CiRelationsPage(db, actorId, *m_lookup, this))
    , m_tickets(new CiTicketList(this))
    , m_history(new CiHistoryPage(db, *m_lookup, this))
    , m_impact(new CiImpactPage(db, this))
{
    m_heading->setObjectName(QStringLiteral("ciHeading"));
    m_heading->setAccessibleName(tr("Configuration item"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_subheading->setObjectName(QStringLiteral("ciSubheading"));
    m_tickets->setObjectName(QStringLiteral("ciTickets"));
    m_tickets->setAccessibleName(tr("Open tickets and scheduled changes on this item"));
    m_tabs->setObjectName(QStringLiteral("ciTabs"));
    m_tabs->setAccessibleName(tr("Details of the configuration item"));
    m_tabs->addTab(scrolling(m_attributes, m_tabs), tr("&Attributes"));
    m_tabs->addTab(scrolling(m_relations, m_tabs), tr("&Relations"));
    m_tabs->addTab(scrolling(m_tickets, m_tabs), tr("&Tickets"));
    m_tabs->addTab(scrolling(m_history, m_tabs), tr("&History"));
    m_tabs->addTab(scrolling(m_impact, m_tabs), tr("&Impact"));

    // The heading and its line of class and status read as one block, tight above the tabs:
    // every pixel of height counts at 200 % with a ticket open below.
    auto *heading = new QVBoxLayout;
    heading->setSpacing(0);
    heading->addWidget(m_heading);
    heading->addWidget(m_subheading);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(heading);
    layout->addWidget(m_tabs, 1);

    connect(m_attributes, &CiAttributesPage::saved, this, [this](const ConfigurationItem &ci) {
        showHeading(&ci);
        m_history->reload();
        emit ciChanged(ci.id);
    });
    connect(m_relations, &CiRelationsPage::relationsChanged, this, [this] {
        m_impact->setCi(m_ciId);
        emit ciChanged(m_ciId);
    });
    connect(m_relations, &CiRelationsPage::ciActivated, this, &CiDetailPanel::ciActivated);
    connect(m_impact, &CiImpactPage::ciActivated, this, &CiDetailPanel::ciActivated);
    connect(m_impact, &CiImpactPage::ticketActivated, this, &CiDetailPanel::ticketActivated);
    connect(m_tickets, &CiTicketList::ticketActivated, this, &CiDetailPanel::ticketActivated);
    connect(m_history, &CiHistoryPage::errorOccurred, this, &CiDetailPanel::errorOccurred);
    connect(m_impact, &CiImpactPage::errorOccurred, this, &CiDetailPanel::errorOccurred);
    setCi({});
}

CiDetailPanel::~CiDetailPanel() = default;

void CiDetailPanel::setCatalogue(const Cmdb::CiCatalogue &catalogue)
{
    m_catalogue = catalogue;
    m_attributes->setCatalogue(catalogue);
    m_relations->setCatalogue(catalogue);
    m_impact->setCatalogue(catalogue);
}

void CiDetailPanel::setCi(const QUuid &ciId)
{
    m_ciId = ciId;
    reload();
}

void CiDetailPanel::reload()
{
    m_attributes->setCi(m_ciId);
    const auto ci = m_attributes->ci();
    showHeading(ci ? &*ci : nullptr);
    m_relations->setCi(ci ? m_ciId : QUuid());
    m_history->setCi(ci ? m_ciId : QUuid());
    m_impact->setCi(ci ? m_ciId : QUuid());
    loadTickets();
    m_tabs->setEnabled(ci.has_value());
}

QString CiDetailPanel::ciName() const
{
    const auto ci = m_attributes->ci();
    return ci ? ci->name : QString();
}

void CiDetailPanel::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void CiDetailPanel::showHeading(const ConfigurationItem *ci)
{
    if (!ci) {
        m_heading->setText(tr("No configuration item chosen"));
        m_subheading->setText(tr("Search for one or choose it in the tree."));
        return;
    }
    m_heading->setText(ci->name);
    m_subheading->setText(tr("%1 · %2").arg(Models::CiLabels::ciClass(m_catalogue, ci->ciClass),
                                           Models::CiLabels::status(ci->status)));
}

void CiDetailPanel::loadTickets()
{
    QList<Storage::CiTicket> tickets;
    if (m_attributes->ci()) {
        auto open = Storage::CiTickets(m_db).openOn({m_ciId});
        if (open)
            tickets = *open;
        else
            emit errorOccurred(open.error().message);
    }
    m_tickets->setTickets(tickets);
    m_tabs->setTabText(TicketsTab, tickets.isEmpty()
                                       ? tr("&Tickets")
                                       : tr("&Tickets (%1)").arg(tickets.size()));
}

} // namespace ServiceDeck::Views
