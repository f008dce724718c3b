// SPDX-License-Identifier: GPL-3.0-or-later
#include "ciimpactpage.h"
#include "ui_cmdbimpact.h"

#include "citicketlist.h"
#include "impactgraphview.h"

#include "models/cmdb/impactmodel.h"
#include "storage/cmdb/citickets.h"
#include "storage/cmdb/cmdbgraph.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace ServiceDeck::Views {

using Cmdb::ImpactDirection;

CiImpactPage::CiImpactPage(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CiImpactPage>())
    , m_db(db)
    , m_model(new Models::ImpactModel(db, this))
    , m_graph(new ImpactGraphView(this))
    , m_tickets(new CiTicketList(this))
{
    m_ui->setupUi(this);
    m_ui->directionCombo->addItem(tr("Up: what depends on it"), int(ImpactDirection::Up));
    m_ui->directionCombo->addItem(tr("Down: what it depends on"), int(ImpactDirection::Down));
    m_ui->graphLayout->addWidget(m_graph);
    m_ui->impactTree->setModel(m_model);
    m_ui->impactTree->header()->setStretchLastSection(false);
    m_ui->impactTree->header()->setSectionResizeMode(Models::ImpactModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_tickets->setObjectName(QStringLiteral("impactTickets"));
    m_tickets->setAccessibleName(tr("Impacted open tickets and scheduled changes"));
    m_ui->ticketsLayout->addWidget(m_tickets);
    m_ui->impactSplitter->setStretchFactor(0, 3);
    m_ui->impactSplitter->setStretchFactor(1, 1);

    const auto recompute = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(m_ui->directionCombo, &QComboBox::currentIndexChanged, this, recompute);
    connect(m_ui->depthSpin, &QSpinBox::valueChanged, this, recompute);
    connect(m_ui->zoomInButton, &QToolButton::clicked, m_graph, [this] { m_graph->zoomIn(); });
    connect(m_ui->zoomOutButton, &QToolButton::clicked, m_graph, [this] { m_graph->zoomOut(); });
    connect(m_ui->fitButton, &QToolButton::clicked, m_graph, [this] { m_graph->fitAll(); });
    connect(m_graph, &ImpactGraphView::ciActivated, this, &CiImpactPage::ciActivated);
    connect(m_ui->impactTree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit ciActivated(index.data(Models::ImpactModel::CiIdRole).toUuid());
    });
    connect(m_tickets, &CiTicketList::ticketActivated, this, &CiImpactPage::ticketActivated);
    connect(m_model, &Models::ImpactModel::errorOccurred, this, &CiImpactPage::errorOccurred);
}

CiImpactPage::~CiImpactPage() = default;

void CiImpactPage::setCatalogue(const Cmdb::CiCatalogue &catalogue)
{
    m_model->setCatalogue(catalogue);
}

void CiImpactPage::setCi(const QUuid &ciId)
{
    m_ciId = ciId;
    m_stale = true;
    if (isVisible())
        reload();
}

void CiImpactPage::setDirection(ImpactDirection direction)
{
    m_ui->directionCombo->setCurrentIndex(m_ui->directionCombo->findData(int(direction)));
}

ImpactDirection CiImpactPage::direction() const
{
    return ImpactDirection(m_ui->directionCombo->currentData().toInt());
}

void CiImpactPage::setDepth(int depth)
{
    m_ui->depthSpin->setValue(depth < 0 ? 0 : depth);
}

int CiImpactPage::depth() const
{
    return m_ui->depthSpin->value() == 0 ? -1 : m_ui->depthSpin->value();
}

QString CiImpactPage::summary() const
{
    return m_ui->summaryLabel->text();
}

void CiImpactPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CiImpactPage::reload()
{
    m_stale = false;
    if (m_ciId.isNull()) {
        m_model->clear();
        m_graph->clear();
        m_tickets->clear();
        m_ui->summaryLabel->clear();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Cmdb::ImpactOptions options;
    options.direction = direction();
    options.maxDepth = depth();
    const bool loaded = m_model->load(m_ciId, options);

    // The graph also draws the relations among its CIs that did not reach anyone first.
    QList<Cmdb::RelationEdge> relations;
    QList<QUuid> drawn;
    const QList<Cmdb::ImpactStep> &steps = m_model->closure().steps();
    for (qsizetype i = 0; i < std::min<qsizetype>(steps.size(), ImpactGraphView::MaxNodes); ++i)
        drawn.append(steps.at(i).ci);
    if (loaded && drawn.size() > 1) {
        auto edges = Storage::CmdbGraph(m_db).neighbours(drawn, options.direction);
        if (edges)
            relations = *edges;
        else
            emit errorOccurred(edges.error().message);
    }
    m_graph->showImpact(*m_model, relations);
    m_graph->fitAll();
    m_ui->impactTree->expandToDepth(1);
    m_ui->impactTree->resizeColumnToContents(Models::ImpactModel::ClassColumn);
    loadTickets();
    QApplication::restoreOverrideCursor();
}

void CiImpactPage::loadTickets()
{
    const QList<Cmdb::ImpactStep> &steps = m_model->closure().steps();
    QList<QUuid> ids;
    QHash<QUuid, QString> names;
    ids.reserve(steps.size());
    int deepest = 0;
    for (const Cmdb::ImpactStep &step : steps) {
        ids.append(step.ci);
        names.insert(step.ci, m_model->summary(step.ci).name);
        deepest = std::max(deepest, step.depth);
    }
    QList<Storage::CiTicket> tickets;
    if (!ids.isEmpty()) {
        auto open = Storage::CiTickets(m_db).openOn(ids);
        if (open)
            tickets = *open;
        else
            emit errorOccurred(open.error().message);
    }
    m_tickets->setTickets(tickets, names);
    if (steps.isEmpty()) {
        m_ui->summaryLabel->setText(m_model->lastError());
        return;
    }
    // The start itself is not "impacted": it is what the question is about.
    QString text = tr("%n configuration item(s) reached", nullptr, int(steps.size()) - 1);
    if (deepest > 0)
        text += tr(", the farthest %n relation(s) away", nullptr, deepest);
    text += tr("; %n open ticket(s) and scheduled change(s).", nullptr, int(tickets.size()));
    if (m_graph->hiddenCount() > 0) {
        text += QLatin1Char(' ')
                + tr("The graph shows the nearest %1; the tree lists them all.")
                      .arg(QLocale().toString(int(m_graph->nodeItems().size())));
    }
    m_ui->summaryLabel->setText(text);
}

} // namespace ServiceDeck::Views
