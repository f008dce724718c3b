// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"
#include "ui_ticketformhistory.h"

#include "referencelookup.h"

#include "storage/journal.h"

#include "core/fields.h"
#include "core/priority.h"
#include "core/timestamps.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ServiceDeck::Views {

HistoryPage::HistoryPage(Storage::Database &db, ReferenceLookup &lookup, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_db(db)
    , m_lookup(lookup)
{
    m_ui->setupUi(this);
    m_ui->historyList->header()->setStretchLastSection(true);
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setTicket(const QUuid &ticketId)
{
    m_ticketId = ticketId;
    reload();
}

QString HistoryPage::displayValue(const QString &field, const QString &stored) const
{
    if (stored.isNull())
        return tr("(none)");
    const FieldDef *def = findTicketField(field);
    if (!def)
        return stored;
    switch (def->type) {
    case FieldType::State: return stateLabel(stored);
    case FieldType::Priority: return priorityLabel(stored.toInt());
    case FieldType::Instant: {
        const auto at = parseIsoInstant(stored);
        return at ? QLocale().toString(at->toLocalTime(), QLocale::ShortFormat) : stored;
    }
    case FieldType::User:
    case FieldType::Group:
    case FieldType::Ci:
    case FieldType::CiList: return m_lookup.displayValue(def->type, stored);
    default: break;
    }
    // Long text reads as one line here; the Details tab has it in full.
    QString text = stored.simplified();
    if (text.size() > 120)
        text = text.left(119) + QChar(0x2026);
    return text;
}

void HistoryPage::reload()
{
    m_ui->historyList->clear();
    if (m_ticketId.isNull())
        return;
    auto entries = Storage::Journal(m_db).history(m_ticketId);
    if (!entries) {
        emit errorOccurred(entries.error().message);
        return;
    }
    std::stable_sort(entries->begin(), entries->end(),
                     [](const auto &a, const auto &b) { return a.seq > b.seq; });
    QHash<QUuid, QString> createdTitles;
    for (const Storage::JournalEntry &entry : std::as_const(*entries)) {
        if (entry.action == u"create" && entry.field == u"title")
            createdTitles.insert(entry.opId, entry.newValue);
    }
    const QLocale locale;
    QUuid createOp;
    for (const Storage::JournalEntry &entry : std::as_const(*entries)) {
        const auto at = parseIsoInstant(entry.at);
        const QString when = at ? locale.toString(at->toLocalTime(), QLocale::ShortFormat)
                                : entry.at;
        const QString who = m_lookup.userName(entry.actorId);
        if (entry.action == u"create") {
            // A creation lists every initial value; one line says it more plainly.
            if (createOp == entry.opId)
                continue;
            createOp = entry.opId;
            new QTreeWidgetItem(m_ui->historyList,
                                {when, who, tr("created"), createdTitles.value(entry.opId)});
            continue;
        }
        const QString change = tr("%1 → %2").arg(displayValue(entry.field, entry.oldValue),
                                                 displayValue(entry.field, entry.newValue));
        auto *item = new QTreeWidgetItem(m_ui->historyList, {when, who, entry.field, change});
        item->setToolTip(3, change);
        item->setData(0, Qt::UserRole, entry.seq);
    }
    for (int column = 0; column < 3; ++column)
        m_ui->historyList->resizeColumnToContents(column);
}

} // namespace ServiceDeck::Views
