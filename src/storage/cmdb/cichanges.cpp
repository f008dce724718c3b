// SPDX-License-Identifier: GPL-3.0-or-later
#include "cichanges.h"

namespace ServiceDeck::Storage::Internal {

QString journalValue(const QString &value)
{
    return value.isEmpty() ? QString() : value;
}

QList<FieldChange> ciCreationChanges(const ConfigurationItem &ci)
{
    QList<FieldChange> changes{{QStringLiteral("name"), {}, ci.name},
                               {QStringLiteral("class"), {}, ci.ciClass},
                               {QStringLiteral("status"), {}, ci.status}};
    for (const auto &[field, value] : {std::pair{QStringLiteral("owner_group"), ci.ownerGroup},
                                       std::pair{QStringLiteral("location"), ci.location},
                                       std::pair{QStringLiteral("description"), ci.description}}) {
        if (!value.isEmpty())
            changes << FieldChange{field, {}, value};
    }
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it)
        changes << FieldChange{it.key(), {}, it.value()};
    return changes;
}

QList<FieldChange> ciFieldChanges(const ConfigurationItem &before, const ConfigurationItem &after)
{
    const std::pair<QString, std::pair<QString, QString>> fields[] = {
        {QStringLiteral("name"), {before.name, after.name}},
        {QStringLiteral("class"), {before.ciClass, after.ciClass}},
        {QStringLiteral("status"), {before.status, after.status}},
        {QStringLiteral("owner_group"), {before.ownerGroup, after.ownerGroup}},
        {QStringLiteral("location"), {before.location, after.location}},
        {QStringLiteral("description"), {before.description, after.description}},
    };
    QList<FieldChange> changes;
    for (const auto &[field, values] : fields) {
        if (values.first != values.second)
            changes << FieldChange{field, journalValue(values.first), journalValue(values.second)};
    }
    return changes;
}

QStringList changedAttributes(const ConfigurationItem &before, const ConfigurationItem &after)
{
    QStringList names = before.attributes.keys() + after.attributes.keys();
    names.removeDuplicates();
    names.sort();
    names.removeIf([&](const QString &name) {
        return before.attributes.value(name) == after.attributes.value(name);
    });
    return names;
}

} // namespace ServiceDeck::Storage::Internal
