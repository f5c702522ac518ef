#pragma once

#include "dialects/commands/SocketCommands.h"

#include <QWidget>

class ActionStatus;
class ByteView;
class FieldProblem;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class SendBox;
class SocketService;

// The module's sockets as a form: open one (TCP client or server, UDP, TLS where the family has
// them), see every socket with its state, peer and byte counts, and per selected socket send
// (text, hex, file, repeated) and read what came in (text or hex); close one or all; enter and
// leave data mode. Everything goes through the socket service; nothing here knows a command.
class SocketsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SocketsPanel(SocketService *service, QWidget *parent = nullptr);

    // The module's number of the socket whose data the panel shows, -1 when none.
    int selectedSocket() const { return m_selected; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitFormColumn();
    void availabilityChanged();
    void revalidate();
    void kindChanged();
    void open();
    void selectionChanged();
    void updateSocketActions();
    SocketSettings settings(bool *portsOk = nullptr) const;

    SocketService *m_service;
    QLabel *m_notice;
    QScrollArea *m_formScroll = nullptr;
    QWidget *m_content;
    QComboBox *m_kind;
    QLineEdit *m_host;
    FieldProblem *m_hostProblem;
    QLabel *m_portLabel;
    QLineEdit *m_port;
    FieldProblem *m_portProblem;
    QLineEdit *m_localPort;
    FieldProblem *m_localPortProblem;
    QCheckBox *m_dataMode;
    QPushButton *m_open;
    QTableView *m_table;
    QPushButton *m_close;
    QPushButton *m_closeAll;
    QPushButton *m_clearClosed;
    QPushButton *m_enterDataMode;
    QPushButton *m_leaveDataMode;
    QGroupBox *m_sendGroup;
    SendBox *m_sendBox;
    QGroupBox *m_receivedGroup;
    ByteView *m_received;
    ActionStatus *m_status;
    int m_selected = -1;
};
