// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepage.h"

#include "filterlineedit.h"
#include "queuefilteredit.h"
#include "queuetableview.h"
#include "queuevaluesource.h"

#include "views/ticketform/referencelookup.h"
#include "views/ticketform/transitiondialog.h"

#include "core/query/queueparser.h"
#include "core/query/sortspec.h"
#include "core/ticketkind.h"
#include "models/queuemodel.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

namespace ServiceDeck::Views {

using Models::QueueModel;
using Storage::SavedQueue;

QueuePage::QueuePage(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actorId(actorId)
    , m_model(new QueueModel(db, this))
    , m_title(new QLabel(this))
    , m_filter(new QueueFilterEdit(this))
    , m_table(new QueueTableView(this))
    , m_values(std::make_unique<QueueValueSource>(db))
{
    m_model->setActor(actorId);
    m_title->setObjectName(QStringLiteral("queueTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setQueueModel(m_model);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_filter->setValueSource([this](const QString &field) { return m_values->values(field); });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 2);
    top->setSpacing(8);
    top->addWidget(m_title, 0, Qt::AlignTop);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QueueFilterEdit::queryApplied, this,
            [this](const Query::QueueQuery &query, const QString &text) {
                applyQuery(query, text);
            });
    connect(m_table, &QueueTableView::ticketActivated, this,
            [this](const QString &number) { emit ticketActivated(number); });
    connect(m_table, &QueueTableView::viewChanged, this, [this] { rememberView(); });
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showTableMenu(pos); });
    connect(m_model, &QueueModel::errorOccurred, this,
            [this](const QString &message) { emit statusMessage(message); });
}

QueuePage::~QueuePage() = default;

void QueuePage::showQueue(const SavedQueue &queue)
{
    m_showing = true;
    m_queue = queue;
    m_title->setText(queue.name);
    m_filter->setText(queue.expression);
    m_model->setColumnFields(queue.columns.isEmpty() ? QueueModel::defaultColumns()
                                                     : queue.columns);
    auto keys = Query::parseSortSpec(queue.sort);
    m_model->setSortKeys(keys ? *keys : QList<Query::SortKey>());
    const Query::ParseResult parsed = Query::parseQueueQuery(queue.expression);
    if (parsed.ok())
        applyQuery(*parsed.query, queue.expression);
    else
        m_filter->showError(parsed.error.position, parsed.error.length, parsed.error.message);
    m_table->showSortIndicator();
    m_table->scrollToTop();
    m_showing = false;
}

void QueuePage::applyQuery(const Query::QueueQuery &query, const QString &text)
{
    auto applied = m_model->setQuery(query);
    if (!applied) {
        m_filter->showError(0, int(text.size()), applied.error().message);
        return;
    }
    m_appliedFilter = text;
    m_table->scrollToTop();
}

void QueuePage::refresh()
{
    m_values->clear();
    m_model->refresh();
}

void QueuePage::rememberView()
{
    if (m_showing || !m_queue)
        return;
    SavedQueue queue = *m_queue;
    queue.columns = m_model->columnFields();
    queue.sort = Query::formatSortSpec(m_model->sortKeys());
    auto saved = Storage::SavedQueueRepository(m_db).save(m_actorId, queue, m_actorId);
    if (!saved) {
        emit statusMessage(tr("The view of “%1” was not remembered: %2")
                               .arg(queue.name, saved.error().message));
        return;
    }
    m_queue = *saved;
    emit queueViewSaved(*saved);
}

BulkTicketUpdate::Outcome QueuePage::applyToSelected(const QString &field, const QString &value)
{
    const QStringList numbers = m_table->selectedNumbers();
    const BulkTicketUpdate::Outcome outcome = BulkTicketUpdate(m_db, m_actorId)
                                                  .setField(numbers, field, value);
    if (!outcome.updated.isEmpty()) {
        m_model->refresh();
        emit ticketsChanged();
    }
    return outcome;
}

void QueuePage::assignSelected()
{
    const QStringList numbers = m_table->selectedNumbers();
    if (numbers.isEmpty())
        return;
    const auto users = m_values->assignableUsers();
    QStringList items;
    for (const auto &[login, name] : users)
        items << tr("%1 (%2)").arg(name, login);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Assign Tickets"), tr("Assign %n ticket(s) to:", nullptr, int(numbers.size())),
        items, 0, false, &ok);
    const int index = int(items.indexOf(chosen));
    if (!ok || index < 0)
        return;
    reportOutcome(tr("Assign Tickets"),
                  applyToSelected(QStringLiteral("assignee"), users.at(index).first));
}

void QueuePage::moveSelected()
{
    const QStringList numbers = m_table->selectedNumbers();
    if (numbers.isEmpty())
        return;
    const QStringList states = BulkTicketUpdate(m_db, m_actorId).commonTransitions(numbers);
    if (states.isEmpty()) {
        QMessageBox::information(this, tr("Move Tickets"),
                                 tr("The selected tickets have no next state in common; "
                                    "move them in smaller groups."));
        return;
    }
    QStringList labels;
    for (const QString &state : states)
        labels << stateLabel(state);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Move Tickets"), tr("Move %n ticket(s) to:", nullptr, int(numbers.size())),
        labels, 0, false, &ok);
    const int index = int(labels.indexOf(chosen));
    if (!ok || index < 0)
        return;
    // Core says what the step needs; ask once for what any of the tickets still lacks.
    BulkTicketUpdate bulk(m_db, m_actorId);
    const QString state = states.at(index);
    const BulkTicketUpdate::MoveNeeds needs = bulk.moveNeeds(numbers, state);
    Storage::FieldAssignments given;
    if (!needs.fields.isEmpty()) {
        ReferenceLookup lookup(m_db);
        TransitionDialog dialog(lookup, needs.kind, needs.fromState, state, needs.fields, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        given = dialog.values();
    }
    const BulkTicketUpdate::Outcome outcome = bulk.moveTo(numbers, state, given);
    if (!outcome.updated.isEmpty()) {
        m_model->refresh();
        emit ticketsChanged();
    }
    reportOutcome(tr("Move Tickets"), outcome);
}

void QueuePage::reportOutcome(const QString &title, const BulkTicketUpdate::Outcome &outcome)
{
    if (outcome.allDone())
        emit statusMessage(outcome.summary());
    else
        QMessageBox::warning(this, title, outcome.summary());
}

void QueuePage::showTableMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open"));
    open->setEnabled(index.isValid());
    connect(open, &QAction::triggered, this, [this, index] {
        emit ticketActivated(index.data(QueueModel::NumberRole).toString());
    });
    menu.addSeparator();
    const bool selected = !m_table->selectedNumbers().isEmpty();
    QAction *assign = menu.addAction(tr("Assign to…"));
    assign->setEnabled(selected);
    connect(assign, &QAction::triggered, this, [this] { assignSelected(); });
    QAction *move = menu.addAction(tr("Move to State…"));
    move->setEnabled(selected);
    connect(move, &QAction::triggered, this, [this] { moveSelected(); });
    menu.addSeparator();
    menu.addMenu(m_table->createColumnMenu(&menu));
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace ServiceDeck::Views
