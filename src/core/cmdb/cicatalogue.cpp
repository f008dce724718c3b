// SPDX-License-Identifier: GPL-3.0-or-later
#include "cicatalogue.h"

#include <QSet>

#include <algorithm>

namespace ServiceDeck::Cmdb {

QString attributeTypeName(AttributeType type)
{
    switch (type) {
    case AttributeType::Text:
        return QStringLiteral("text");
    case AttributeType::Number:
        return QStringLiteral("number");
    case AttributeType::Date:
        return QStringLiteral("date");
    case AttributeType::Choice:
        return QStringLiteral("choice");
    case AttributeType::Reference:
        return QStringLiteral("reference");
    }
    return QStringLiteral("text");
}

std::optional<AttributeType> attributeTypeFromName(const QString &name)
{
    for (AttributeType type : {AttributeType::Text, AttributeType::Number, AttributeType::Date,
                               AttributeType::Choice, AttributeType::Reference}) {
        if (name.compare(attributeTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

void CiCatalogue::addClass(const CiClass &ciClass)
{
    for (CiClass &known : m_classes) {
        if (known.name == ciClass.name) {
            known = ciClass;
            return;
        }
    }
    m_classes << ciClass;
}

void CiCatalogue::addAttribute(const AttributeDefinition &definition)
{
    for (AttributeDefinition &known : m_attributes) {
        if (known.ciClass == definition.ciClass && known.name == definition.name) {
            known = definition;
            return;
        }
    }
    m_attributes << definition;
}

void CiCatalogue::addRelationType(const RelationType &type)
{
    for (RelationType &known : m_relationTypes) {
        if (known.name == type.name) {
            known = type;
            return;
        }
    }
    m_relationTypes << type;
}

const CiClass *CiCatalogue::findClass(const QString &name) const
{
    for (const CiClass &ciClass : m_classes) {
        if (ciClass.name == name)
            return &ciClass;
    }
    return nullptr;
}

QList<AttributeDefinition> CiCatalogue::attributesOf(const QString &ciClass) const
{
    // The chain from the root class down to ciClass; a visited set guards against a parent loop
    // that a hand-edited database could contain.
    QStringList chain;
    QSet<QString> seen;
    for (const CiClass *cls = findClass(ciClass); cls && !seen.contains(cls->name);
         cls = cls->parent.isEmpty() ? nullptr : findClass(cls->parent)) {
        seen.insert(cls->name);
        chain.prepend(cls->name);
    }

    QList<AttributeDefinition> result;
    for (const QString &level : std::as_const(chain)) {
        QList<AttributeDefinition> own;
        for (const AttributeDefinition &definition : m_attributes) {
            if (definition.ciClass == level)
                own << definition;
        }
        std::stable_sort(own.begin(), own.end(),
                         [](const auto &a, const auto &b) { return a.position < b.position; });
        for (const AttributeDefinition &definition : std::as_const(own)) {
            // A subclass that defines an inherited name again refines it in the parent's place,
            // so the column order stays that of the parent.
            auto same = std::find_if(result.begin(), result.end(), [&](const auto &known) {
                return known.name == definition.name;
            });
            if (same != result.end())
                *same = definition;
            else
                result << definition;
        }
    }
    return result;
}

const AttributeDefinition *CiCatalogue::findAttribute(const QString &ciClass,
                                                      const QString &name) const
{
    QSet<QString> seen;
    for (const CiClass *cls = findClass(ciClass); cls && !seen.contains(cls->name);
         cls = cls->parent.isEmpty() ? nullptr : findClass(cls->parent)) {
        seen.insert(cls->name);
        for (const AttributeDefinition &definition : m_attributes) {
            if (definition.ciClass == cls->name && definition.name == name)
                return &definition;
        }
    }
    return nullptr;
}

const RelationType *CiCatalogue::findRelationType(const QString &name) const
{
    for (const RelationType &type : m_relationTypes) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

} // namespace ServiceDeck::Cmdb
