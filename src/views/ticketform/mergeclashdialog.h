// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/live/ticketmerge.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QPushButton;

namespace ServiceDeck::Views {

// Saving a ticket that someone else changed meanwhile, where both changed the same fields to
// different values: lists each such field with its value when the form loaded it, the stored
// value (theirs) and the person's (mine), and lets the person keep one of the two per field.
// Save stays disabled until every field is decided.
class MergeClashDialog : public QDialog
{
    Q_OBJECT

public:
    MergeClashDialog(const QString &number, const QList<Storage::FieldClash> &clashes,
                     QWidget *parent = nullptr);

    // The choices made so far, by field.
    QHash<QString, Storage::ClashChoice> choices() const;
    bool allChosen() const;
    void choose(const QString &field, Storage::ClashChoice choice);
    void chooseAll(Storage::ClashChoice choice);

    // A stored field value as the dialog shows it ("(empty)", local time, labels).
    static QString displayValue(const QString &field, const QString &value);

private:
    void updateButtons();

    QList<Storage::FieldClash> m_clashes;
    QHash<QString, QButtonGroup *> m_groups;
    QPushButton *m_saveButton = nullptr;
};

} // namespace ServiceDeck::Views
