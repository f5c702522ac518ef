#pragma once

#include "dialects/commands/WifiCommands.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class ActionStatus;
class FieldProblem;
class ModuleStatus;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;
class WifiService;

// The Wi-Fi panel: scan (sortable, filterable table; a click fills the join form), join as a
// station, leave, start and stop the module's access point, and the live link status. It fills
// StationSettings / SoftApSettings and calls the service: it never builds a command itself.
// Every form is checked by the service on each edit; the button stays disabled while a problem
// remains, and the problem is shown beside its field.
class WifiPanel : public QWidget
{
    Q_OBJECT
public:
    WifiPanel(WifiService *service, ModuleStatus *status, QWidget *parent = nullptr);

    // What the forms would send now.
    StationSettings stationSettings() const;
    SoftApSettings softApSettings() const;

    // The readable security type a scan reports ("WPA2-PSK", "wpa/wpa2", "Open"), as the type the
    // join form offers.
    static WifiSecurity securityFromScan(const QString &text);

private:
    QWidget *buildStatusGroup();
    QWidget *buildScanGroup();
    QWidget *buildPersistenceRow();
    QWidget *buildStationGroup();
    QWidget *buildSoftApGroup();
    // A field with its problem label beneath it, for a form row.
    static QWidget *withProblem(QWidget *field, FieldProblem *problem);
    QLineEdit *lineEdit(const char *name, bool station);

    void updateAvailability();
    void fillSecurities(QComboBox *box, const QList<WifiSecurity> &securities);
    void validateStation();
    void validateSoftAp();
    void updateStatus();
    void fillFromScanRow(const QModelIndex &proxyIndex);
    void updateScanButton();

    QPointer<WifiService> m_service;
    QPointer<ModuleStatus> m_status;
    QSet<const QWidget *> m_touched; // problems show once the user edited the field

    QLabel *m_notConnected = nullptr;
    QWidget *m_content = nullptr;

    QLabel *m_link = nullptr;
    QLabel *m_linkSsid = nullptr;
    QLabel *m_linkIp = nullptr;
    QLabel *m_linkRssi = nullptr;

    QGroupBox *m_scanGroup = nullptr;
    QPushButton *m_scan = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QWidget *m_persistenceRow = nullptr;
    QComboBox *m_persistence = nullptr;

    QGroupBox *m_stationGroup = nullptr;
    QLineEdit *m_ssid = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_showKey = nullptr;
    QRadioButton *m_dhcp = nullptr;
    QRadioButton *m_staticIp = nullptr;
    QLineEdit *m_ip = nullptr;
    QLineEdit *m_netmask = nullptr;
    QLineEdit *m_gateway = nullptr;
    QLineEdit *m_dns1 = nullptr;
    QLineEdit *m_dns2 = nullptr;
    FieldProblem *m_ssidProblem = nullptr;
    FieldProblem *m_keyProblem = nullptr;
    FieldProblem *m_ipProblem = nullptr;
    FieldProblem *m_netmaskProblem = nullptr;
    FieldProblem *m_gatewayProblem = nullptr;
    FieldProblem *m_dns1Problem = nullptr;
    FieldProblem *m_dns2Problem = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;

    QGroupBox *m_apGroup = nullptr;
    QLineEdit *m_apSsid = nullptr;
    QComboBox *m_apChannel = nullptr;
    QComboBox *m_apSecurity = nullptr;
    QLineEdit *m_apKey = nullptr;
    QCheckBox *m_apShowKey = nullptr;
    QLineEdit *m_apIp = nullptr;
    QLineEdit *m_apNetmask = nullptr;
    FieldProblem *m_apSsidProblem = nullptr;
    FieldProblem *m_apChannelProblem = nullptr;
    FieldProblem *m_apKeyProblem = nullptr;
    FieldProblem *m_apIpProblem = nullptr;
    FieldProblem *m_apNetmaskProblem = nullptr;
    QPushButton *m_apStart = nullptr;
    QPushButton *m_apStop = nullptr;

    ActionStatus *m_actionStatus = nullptr;
};
