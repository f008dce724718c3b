// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ServiceDeck::Cmdb {

enum class AttributeType { Text, Number, Date, Choice, Reference };

QString attributeTypeName(AttributeType type); // "text", "number", "date", "choice", "reference"
std::optional<AttributeType> attributeTypeFromName(const QString &name);

// One typed attribute of a CI class, as stored in ci_attribute_defs.
struct AttributeDefinition
{
    QString ciClass;
    QString name; // identifier, also the CSV column header
    QString label;
    AttributeType type = AttributeType::Text;
    QStringList choices; // for AttributeType::Choice, in display order
    bool required = false;
    int position = 0;
};

// A CI class; a class with a parent inherits the parent's attributes.
struct CiClass
{
    QString name;
    QString label;
    QString parent; // empty: none
};

// A directed relation type with a name for each direction ("runs on" / "hosts").
struct RelationType
{
    QString name;
    QString forwardLabel;
    QString reverseLabel;
};

// The classes, their attribute definitions and the relation types of a CMDB. Data, not code:
// a site extends it by adding rows, the program by adding to standard().
class CiCatalogue
{
public:
    void addClass(const CiClass &ciClass);
    void addAttribute(const AttributeDefinition &definition);
    void addRelationType(const RelationType &type);

    QList<CiClass> classes() const { return m_classes; }
    const CiClass *findClass(const QString &name) const;
    // The attributes of a class, inherited ones first, each group ordered by position.
    QList<AttributeDefinition> attributesOf(const QString &ciClass) const;
    const AttributeDefinition *findAttribute(const QString &ciClass, const QString &name) const;
    QList<RelationType> relationTypes() const { return m_relationTypes; }
    const RelationType *findRelationType(const QString &name) const;

    // The built-in classes (business_service, application, server, virtual_machine, database,
    // network_device, storage), their attributes and the relation types (depends_on, runs_on,
    // connects_to, part_of) that every new database starts with.
    static CiCatalogue standard();

private:
    QList<CiClass> m_classes;
    QList<AttributeDefinition> m_attributes;
    QList<RelationType> m_relationTypes;
};

} // namespace ServiceDeck::Cmdb
