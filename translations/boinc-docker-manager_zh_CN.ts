<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Wrong GUI RPC password</source>
        <translation>GUI RPC 密码错误</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>协议错误</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>Connected to the BOINC client at %1</source>
        <translation>已连接到 %1 上的 BOINC 客户端</translation>
    </message>
    <message>
        <source>Connecting to the BOINC client at %1…</source>
        <translation>正在连接 %1 上的 BOINC 客户端…</translation>
    </message>
    <message>
        <source>No BOINC client reachable at %1</source>
        <translation>在 %1 找不到可连接的 BOINC 客户端</translation>
    </message>
    <message>
        <source>The BOINC client at %1 is not answering</source>
        <translation>%1 上的 BOINC 客户端没有响应</translation>
    </message>
    <message>
        <source>Wrong GUI RPC password for the BOINC client at %1</source>
        <translation>%1 上的 BOINC 客户端的 GUI RPC 密码错误</translation>
    </message>
    <message>
        <source>The program at %1 does not answer like a BOINC client</source>
        <translation>%1 上的程序的应答不像 BOINC 客户端</translation>
    </message>
    <message>
        <source>Start the BOINC client on this computer. On Debian and Ubuntu:
sudo systemctl start boinc-client
To watch a client on another computer, start this program with --host HOST[:PORT].</source>
        <translation>请在这台计算机上启动 BOINC 客户端。在 Debian 和 Ubuntu 上：
sudo systemctl start boinc-client
要查看另一台计算机上的客户端，请用 --host 主机[:端口] 启动本程序。</translation>
    </message>
    <message>
        <source>Check that the BOINC client runs on that computer, that it accepts GUI RPC from this one (remote_hosts.cfg or --allow_remote_gui_rpc), and that no firewall blocks the port.</source>
        <translation>请确认那台计算机上的 BOINC 客户端正在运行、允许来自本机的 GUI RPC 连接（remote_hosts.cfg 或 --allow_remote_gui_rpc），并且没有防火墙拦截该端口。</translation>
    </message>
    <message>
        <source>The client may be busy or hung. If it stays silent, restart it:
sudo systemctl restart boinc-client</source>
        <translation>客户端可能正忙或已卡死。如果它一直没有响应，请重启它：
sudo systemctl restart boinc-client</translation>
    </message>
    <message>
        <source>The password was read from %1. Start this program with --password-file FILE to give the right one.</source>
        <translation>密码读取自 %1。请用 --password-file 文件 启动本程序，提供正确的密码。</translation>
    </message>
    <message>
        <source>Start this program with --password-file FILE, naming a copy of the client&apos;s gui_rpc_auth.cfg.</source>
        <translation>请用 --password-file 文件 启动本程序，指向客户端 gui_rpc_auth.cfg 的一份副本。</translation>
    </message>
    <message>
        <source>Check the port: a BOINC client listens on %1 unless it was started with --gui_rpc_port.</source>
        <translation>请检查端口：除非启动时指定了 --gui_rpc_port，BOINC 客户端监听的是 %1 端口。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>This program keeps trying in the background.</source>
        <translation>本程序会在后台继续尝试连接。</translation>
    </message>
    <message>
        <source>Connected to BOINC %1 at %2</source>
        <translation>已连接到 %2 上的 BOINC %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>EngineReport</name>
    <message>
        <source>None reported. BOINC %1 never reports Docker or Podman: Docker jobs need BOINC 8.2.0 or newer.</source>
        <translation>未报告。BOINC %1 从不报告 Docker 或 Podman：Docker 作业需要 BOINC 8.2.0 或更新版本。</translation>
    </message>
    <message>
        <source>An engine of unknown type</source>
        <translation>未知类型的容器引擎</translation>
    </message>
    <message>
        <source>%1 %2 in the WSL distro %3</source>
        <translation>WSL 发行版 %3 中的 %1 %2</translation>
    </message>
    <message>
        <source> (disallowed in cc_config.xml)</source>
        <translation>（已在 cc_config.xml 中禁用）</translation>
    </message>
    <message>
        <source>None reported: the client lists no WSL distros. It skips WSL detection when it runs as a Windows service.</source>
        <translation>未报告：客户端没有列出任何 WSL 发行版。客户端作为 Windows 服务运行时会跳过 WSL 检测。</translation>
    </message>
    <message>
        <source>None reported: no WSL distro has Docker or Podman.</source>
        <translation>未报告：没有任何 WSL 发行版装有 Docker 或 Podman。</translation>
    </message>
    <message>
        <source>None reported: the client found no Podman, or its Podman machine did not start.</source>
        <translation>未报告：客户端没有找到 Podman，或者 Podman 虚拟机没有启动。</translation>
    </message>
    <message>
        <source>None reported: when it started, the client found no Docker or Podman that passed its &apos;hello-world&apos; test.</source>
        <translation>未报告：客户端启动时没有找到能通过其 “hello-world” 测试的 Docker 或 Podman。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, with %1 Compose %2</source>
        <translation>，附带 %1 Compose %2</translation>
    </message>
    <message>
        <source>Docker jobs on macOS need BOINC 8.2.6 or newer.</source>
        <translation>在 macOS 上运行 Docker 作业需要 BOINC 8.2.6 或更新版本。</translation>
    </message>
</context>
<context>
    <name>GuiRpcClient</name>
    <message>
        <source>the reply has no &lt;%1&gt; element</source>
        <translation>应答中没有 &lt;%1&gt; 元素</translation>
    </message>
    <message>
        <source>the client answered neither success nor error</source>
        <translation>客户端的应答既不是成功也不是错误</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>See and manage BOINC&apos;s container tasks, check readiness, submit container jobs.</source>
        <translation>查看和管理 BOINC 的容器任务，检查就绪情况，提交容器作业。</translation>
    </message>
    <message>
        <source>BOINC client to talk to (default 127.0.0.1:31416).</source>
        <translation>要连接的 BOINC 客户端（默认 127.0.0.1:31416）。</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>主机[:端口]</translation>
    </message>
    <message>
        <source>File holding the GUI RPC password (default: found in the BOINC data directory).</source>
        <translation>保存 GUI RPC 密码的文件（默认：在 BOINC 数据目录中查找）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. zh_CN (default: the system&apos;s).</source>
        <translation>用户界面的语言，例如 zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Page to show first: readiness, tasks, fleet, submit or jobs.</source>
        <translation>首先显示的页面：readiness（就绪检查）、tasks（任务）、fleet（主机群）、submit（提交）或 jobs（作业）。</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>--host: %1</source>
        <translation>--host：%1</translation>
    </message>
    <message>
        <source>--page: give readiness, tasks, fleet, submit or jobs</source>
        <translation>--page：请给出 readiness、tasks、fleet、submit 或 jobs</translation>
    </message>
    <message>
        <source>--password-file: %1</source>
        <translation>--password-file：%1</translation>
    </message>
    <message>
        <source>Container engine to use: unix:///PATH, tcp://HOST:PORT, npipe:////./pipe/NAME or cli:PROGRAM (default: found by discovery).</source>
        <translation>要使用的容器引擎：unix:///路径、tcp://主机:端口、npipe:////./pipe/名称 或 cli:程序（默认：自动查找）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--engine: %1</source>
        <translation>--engine：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪检查</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>主机群</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Readiness</source>
        <translation>就绪检查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>主机群(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;About BOINC Docker Manager</source>
        <translation>关于 BOINC Docker Manager(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PasswordLocator</name>
    <message>
        <source>%1 exists but cannot be read. Run the program as a member of the &apos;boinc_admins&apos; group, or give the password with --password-file.</source>
        <translation>%1 存在但无法读取。请以 “boinc_admins” 组成员的身份运行本程序，或用 --password-file 提供密码。</translation>
    </message>
    <message>
        <source>%1 exists but cannot be read. Give the password with --password-file, or make the file readable: sudo chmod g+r &apos;%1&apos; and add yourself to its group.</source>
        <translation>%1 存在但无法读取。请用 --password-file 提供密码，或让该文件可读：sudo chmod g+r &apos;%1&apos;，并把自己加入该文件所属的组。</translation>
    </message>
    <message>
        <source>%1 exists but cannot be read by user %2. Add the user to group &apos;%3&apos; (sudo usermod -aG %3 %2), then log out and back in (or run &apos;newgrp %3&apos;), or give the password with --password-file.</source>
        <translation>%1 存在，但用户 %2 无法读取。请把该用户加入 “%3” 组（sudo usermod -aG %3 %2），然后注销并重新登录（或运行 &apos;newgrp %3&apos;），或用 --password-file 提供密码。</translation>
    </message>
    <message>
        <source>password file %1 does not exist</source>
        <translation>密码文件 %1 不存在</translation>
    </message>
    <message>
        <source>no place to look for gui_rpc_auth.cfg on this platform; give --password-file</source>
        <translation>在此平台上不知道去哪里查找 gui_rpc_auth.cfg；请使用 --password-file</translation>
    </message>
    <message>
        <source>no gui_rpc_auth.cfg found (looked in %1); give --password-file if the client uses a password</source>
        <translation>没有找到 gui_rpc_auth.cfg（查找过 %1）；如果客户端设置了密码，请使用 --password-file</translation>
    </message>
</context>
<context>
    <name>RpcEndpoint</name>
    <message>
        <source>empty Unix socket path in &apos;%1&apos;</source>
        <translation>“%1” 中的 Unix 套接字路径为空</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; in &apos;%1&apos;</source>
        <translation>“%1” 中缺少 “]”</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>“%1” 中的 “]” 后面有多余的文字</translation>
    </message>
    <message>
        <source>no host name in &apos;%1&apos;</source>
        <translation>“%1” 中没有主机名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (1-65535)</source>
        <translation>“%1” 不是端口号（1-65535）</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Aborted by user</source>
        <translation>被用户中止</translation>
    </message>
    <message>
        <source>Aborted by project</source>
        <translation>被项目中止</translation>
    </message>
    <message>
        <source>Aborted: not started by deadline</source>
        <translation>已中止：截止日期前未开始</translation>
    </message>
    <message>
        <source>Aborted: task disk limit exceeded</source>
        <translation>已中止：超出任务磁盘限额</translation>
    </message>
    <message>
        <source>Aborted: run time limit exceeded</source>
        <translation>已中止：超出运行时间限制</translation>
    </message>
    <message>
        <source>Aborted: memory limit exceeded</source>
        <translation>已中止：超出内存限制</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Project suspended by user</source>
        <translation>项目被用户暂停</translation>
    </message>
    <message>
        <source>Task suspended by user</source>
        <translation>任务被用户暂停</translation>
    </message>
    <message>
        <source>Suspended - %1</source>
        <translation>已暂停 - %1</translation>
    </message>
    <message>
        <source>GPU suspended - %1</source>
        <translation>GPU 已暂停 - %1</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>准备开始</translation>
    </message>
    <message>
        <source>Waiting for memory</source>
        <translation>等待内存</translation>
    </message>
    <message>
        <source>Waiting for swap space</source>
        <translation>等待交换空间</translation>
    </message>
    <message>
        <source>Waiting for shared memory</source>
        <translation>等待共享内存</translation>
    </message>
    <message>
        <source>Waiting for network access</source>
        <translation>等待网络连接</translation>
    </message>
    <message>
        <source>Running, high priority</source>
        <translation>正在运行（高优先级）</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Waiting to run</source>
        <translation>等待运行</translation>
    </message>
    <message>
        <source>on batteries</source>
        <translation>正在使用电池</translation>
    </message>
    <message>
        <source>computer is in use</source>
        <translation>计算机正在使用中</translation>
    </message>
    <message>
        <source>user request</source>
        <translation>用户请求</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>时间段限制</translation>
    </message>
    <message>
        <source>CPU benchmarks in progress</source>
        <translation>正在进行 CPU 基准测试</translation>
    </message>
    <message>
        <source>need disk space - check preferences</source>
        <translation>需要磁盘空间 - 请检查首选项</translation>
    </message>
    <message>
        <source>CPU throttled</source>
        <translation>CPU 已限速</translation>
    </message>
    <message>
        <source>no recent user activity</source>
        <translation>最近没有用户活动</translation>
    </message>
    <message>
        <source>initial delay</source>
        <translation>初始延迟</translation>
    </message>
    <message>
        <source>an exclusive app is running</source>
        <translation>有独占程序正在运行</translation>
    </message>
    <message>
        <source>CPU is busy</source>
        <translation>CPU 繁忙</translation>
    </message>
    <message>
        <source>network transfer limit exceeded</source>
        <translation>超出网络传输限额</translation>
    </message>
    <message>
        <source>requested by operating system</source>
        <translation>操作系统要求</translation>
    </message>
    <message>
        <source>not connected to WiFi network</source>
        <translation>未连接到 WiFi 网络</translation>
    </message>
    <message>
        <source>battery low</source>
        <translation>电池电量低</translation>
    </message>
    <message>
        <source>battery thermal protection</source>
        <translation>电池过热保护</translation>
    </message>
    <message>
        <source>GUI not active</source>
        <translation>图形界面未激活</translation>
    </message>
    <message>
        <source>Podman initializing</source>
        <translation>Podman 正在初始化</translation>
    </message>
    <message>
        <source>waiting for battery to charge</source>
        <translation>等待电池充电</translation>
    </message>
    <message>
        <source>waiting for battery to cool</source>
        <translation>等待电池降温</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>未知原因</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source> (suspended - %1)</source>
        <translation>（已暂停 - %1）</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Postponed: %1</source>
        <translation>已推迟：%1</translation>
    </message>
    <message>
        <source>Computation error</source>
        <translation>计算错误</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Ready to report</source>
        <translation>准备汇报</translation>
    </message>
    <message>
        <source>Error: invalid state &apos;%1&apos;</source>
        <translation>错误：无效状态 “%1”</translation>
    </message>
    <message>
        <source>GPU missing, </source>
        <translation>GPU 缺失，</translation>
    </message>
</context>
<context>
    <name>bdm::boinc::GuiRpcConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>request too large for the BOINC client (%1 bytes, limit %2)</source>
        <translation>请求对 BOINC 客户端来说太大（%1 字节，上限 %2）</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>客户端关闭了连接</translation>
    </message>
    <message>
        <source>the client sent no nonce for auth1</source>
        <translation>客户端没有为 auth1 发送随机数</translation>
    </message>
    <message>
        <source>the BOINC client at %1 rejected the GUI RPC password</source>
        <translation>%1 上的 BOINC 客户端拒绝了 GUI RPC 密码</translation>
    </message>
    <message>
        <source>reply larger than %1 MB without an end marker</source>
        <translation>应答超过 %1 MB 仍没有结束标记</translation>
    </message>
    <message>
        <source>the client sent a reply nobody asked for</source>
        <translation>客户端发来了没有人请求的应答</translation>
    </message>
    <message>
        <source>the peer at %1 did not answer with a GUI RPC reply</source>
        <translation>%1 上的对端没有以 GUI RPC 应答回复</translation>
    </message>
    <message>
        <source>the reply was cut off</source>
        <translation>应答被截断</translation>
    </message>
    <message>
        <source>this operation needs the client&apos;s GUI RPC password, and none was given</source>
        <translation>此操作需要客户端的 GUI RPC 密码，但没有提供密码</translation>
    </message>
    <message>
        <source>the client refused this operation without authentication</source>
        <translation>客户端拒绝了未经验证的此操作</translation>
    </message>
    <message>
        <source>no BOINC client reachable at %1 (%2)</source>
        <translation>在 %1 找不到可连接的 BOINC 客户端（%2）</translation>
    </message>
    <message>
        <source>lost the connection to %1 (%2)</source>
        <translation>与 %1 的连接中断（%2）</translation>
    </message>
    <message>
        <source>no BOINC client reachable at %1 (no answer to connect within %2 s)</source>
        <translation>在 %1 找不到可连接的 BOINC 客户端（%2 秒内连接无应答）</translation>
    </message>
    <message>
        <source>the BOINC client at %1 did not answer within %2 s</source>
        <translation>%1 上的 BOINC 客户端在 %2 秒内没有应答</translation>
    </message>
</context>
<context>
    <name>bdm::gui::ConnectionGate</name>
    <message>
        <source>The BOINC client at %1 wants its GUI RPC password</source>
        <translation>%1 上的 BOINC 客户端需要 GUI RPC 密码</translation>
    </message>
    <message>
        <source>Start this program with --password-file FILE, naming a copy of the client&apos;s gui_rpc_auth.cfg.</source>
        <translation>请用 --password-file 文件 启动本程序，指向客户端 gui_rpc_auth.cfg 的一份副本。</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
</context>
<context>
    <name>bdm::gui::EngineDiscoveryPanel</name>
    <message>
        <source>Looking for Podman and Docker…</source>
        <translation>正在查找 Podman 和 Docker…</translation>
    </message>
    <message>
        <source>%1 %2, API %3</source>
        <translation>%1 %2，API %3</translation>
    </message>
    <message>
        <source>none (read through its command line)</source>
        <translation>无（通过其命令行读取）</translation>
    </message>
    <message>
        <source>Endpoint: %1 (%2)</source>
        <translation>端点：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n BOINC container(s) there</source>
        <translation>
            <numerusform>该引擎中有 %n 个 BOINC 容器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n BOINC container(s)</source>
        <translation>
            <numerusform>，%n 个 BOINC 容器</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（已选用）</translation>
    </message>
    <message>
        <source>Container engine on this computer</source>
        <translation>本机的容器引擎</translation>
    </message>
    <message>
        <source>Places tried:</source>
        <translation>已尝试的位置：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Where from, and what happened</source>
        <translation>来源及情况</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>解决办法：</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
</context>
<context>
    <name>bdm::gui::FleetPage</name>
    <message>
        <source>No other computers are watched yet</source>
        <translation>尚未监视其他计算机</translation>
    </message>
    <message>
        <source>The Fleet page will list the BOINC clients on your other computers, with their tasks and containers side by side. Adding computers is not built yet; for now this program watches the client given with --host.</source>
        <translation>“主机群”页面将列出您其他计算机上的 BOINC 客户端，并排显示它们的任务和容器。添加计算机的功能尚未完成；目前本程序只监视用 --host 指定的客户端。</translation>
    </message>
</context>
<context>
    <name>bdm::gui::JobsPage</name>
    <message>
        <source>No jobs submitted from this computer yet</source>
        <translation>尚未从这台计算机提交任何作业</translation>
    </message>
    <message>
        <source>Jobs you submit from the Submit page will be listed here with their progress, and their results can be fetched from here.</source>
        <translation>您在“提交”页面提交的作业会连同进度列在这里，也可以从这里取回它们的结果。</translation>
    </message>
</context>
<context>
    <name>bdm::gui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <source>About BOINC Docker Manager</source>
        <translation>关于 BOINC Docker Manager</translation>
    </message>
    <message>
        <source>BOINC Docker Manager %1</source>
        <translation>BOINC Docker Manager %1</translation>
    </message>
    <message>
        <source>See what BOINC&apos;s container tasks are doing, check whether this computer is ready for Docker and Podman jobs, and submit container jobs to a BOINC project.

Built with Qt %1.</source>
        <translation>查看 BOINC 的容器任务正在做什么，检查这台计算机是否已准备好运行 Docker 和 Podman 作业，并向 BOINC 项目提交容器作业。

基于 Qt %1 构建。</translation>
    </message>
</context>
<context>
    <name>bdm::gui::ReadinessPage</name>
    <message>
        <source>Asking the client…</source>
        <translation>正在询问客户端…</translation>
    </message>
    <message>
        <source>BOINC %1 at %2</source>
        <translation>%2 上的 BOINC %1</translation>
    </message>
    <message>
        <source>Version unknown (%1)</source>
        <translation>版本未知（%1）</translation>
    </message>
    <message>
        <source>Not reported (%1)</source>
        <translation>未报告（%1）</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>What the BOINC client reports</source>
        <translation>BOINC 客户端报告的信息</translation>
    </message>
    <message>
        <source>BOINC client:</source>
        <translation>BOINC 客户端：</translation>
    </message>
    <message>
        <source>Computer:</source>
        <translation>计算机：</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <source>Container engine:</source>
        <translation>容器引擎：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The full readiness checklist is not built yet. This page repeats what the BOINC client reports about itself, and below shows the container engine found on this computer; it has not checked GPUs or anything else.</source>
        <translation>完整的就绪检查清单尚未完成。本页复述 BOINC 客户端对自身的报告，并在下方显示在本机找到的容器引擎；尚未检查 GPU 或其他任何项目。</translation>
    </message>
</context>
<context>
    <name>bdm::gui::SubmitPage</name>
    <message>
        <source>No project server set up yet</source>
        <translation>尚未设置项目服务器</translation>
    </message>
    <message>
        <source>The Submit page will turn a container image, a script and input files into BOINC jobs on a project server you run, over SSH or the web submission RPC. Setting up a project server here is not built yet.</source>
        <translation>“提交”页面将通过 SSH 或网页提交 RPC，把容器镜像、脚本和输入文件变成您所运行的项目服务器上的 BOINC 作业。在这里设置项目服务器的功能尚未完成。</translation>
    </message>
</context>
<context>
    <name>bdm::gui::TaskTableModel</name>
    <message>
        <source>Task %1
Workunit %2</source>
        <translation>任务 %1
工作单元 %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Plan class</source>
        <translation>计划类</translation>
    </message>
</context>
<context>
    <name>bdm::gui::TasksPage</name>
    <message>
        <source>This BOINC client has no tasks</source>
        <translation>此 BOINC 客户端没有任务</translation>
    </message>
    <message>
        <source>Tasks appear here when the client gets work from a project it is attached to. To attach to a project, use BOINC Manager or boinccmd --project_attach URL ACCOUNT_KEY.</source>
        <translation>当客户端从它加入的项目获得工作后，任务会显示在这里。要加入项目，请使用 BOINC 管理器或 boinccmd --project_attach 网址 账户密钥。</translation>
    </message>
    <message>
        <source>Reading the task list…</source>
        <translation>正在读取任务列表…</translation>
    </message>
    <message>
        <source>Waiting for the BOINC client to send its tasks.</source>
        <translation>正在等待 BOINC 客户端发送它的任务。</translation>
    </message>
</context>
</TS>
