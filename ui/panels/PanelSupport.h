#pragma once

#include "dialects/Capabilities.h"

#include <QLabel>

class CapabilityService;
class QScrollArea;

// Small pieces every form panel uses, so that they look and behave alike.

// Enable a widget for a feature the family has; otherwise disable it with the reason as tooltip
// (never hide it: users must see what the module cannot do, and why).
void applyFeature(QWidget *widget, const DialectCapabilities::Feature &feature,
                  const QString &toolTipWhenAvailable = {});

// A column of forms never scrolls sideways: the scroll area is at least as wide as its forms need
// at the current text size (View > Text size), in every language. Call again on a font change.
void fitFormColumn(QScrollArea *column);

// The reason beside a form field why it cannot be sent; hidden while there is none.
class FieldProblem : public QLabel
{
    Q_OBJECT
public:
    explicit FieldProblem(QWidget *parent = nullptr);
    void setProblem(const QString &problem);
    bool hasProblem() const { return !text().isEmpty(); }
};

// The outcome of a panel's last action ("Joined WIZnet_Lab." / "AT+CWJAP_CUR: ERROR (code 1)"),
// and the command running meanwhile.
class ActionStatus : public QLabel
{
    Q_OBJECT
public:
    explicit ActionStatus(QWidget *parent = nullptr);
    void follow(CapabilityService *service);
    bool lastOk() const { return m_ok; }

private:
    bool m_ok = true;
};
