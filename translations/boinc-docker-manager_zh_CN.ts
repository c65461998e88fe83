<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>App: %1 (plan class %2)</source>
        <translation>应用：%1（计划类 %2）</translation>
    </message>
    <message>
        <source>Appended before the last line of %1/plan_class_spec.xml:</source>
        <translation>追加到 %1/plan_class_spec.xml 最后一行之前：</translation>
    </message>
    <message>
        <source>Run in %1:</source>
        <translation>在 %1 中运行：</translation>
    </message>
    <message>
        <source>Creates a Docker app on the project server with boinc2docker --new_app (and a new plan class with --plan_class_new), then checks what was created.
Exit status: 0 created, 1 the server refused (app or plan class exists), 2 usage or connection error.</source>
        <translation>用 boinc2docker --new_app 在项目服务器上创建 Docker 应用（加 --plan_class_new 时同时创建新的计划类），然后检查创建了哪些内容。
退出状态：0 已创建；1 服务器拒绝（应用或计划类已存在）；2 用法错误或连接错误。</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>操作。</translation>
    </message>
    <message>
        <source>The app spec (JSON).</source>
        <translation>应用规格（JSON）。</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>在标准输出上打印一个 JSON 文档。</translation>
    </message>
    <message>
        <source>Print the plan class XML and the exact command, without contacting the server.</source>
        <translation>打印计划类 XML 和将要执行的确切命令，不连接服务器。</translation>
    </message>
    <message>
        <source>Trust the SSH server&apos;s host key if its fingerprint is FINGERPRINT.</source>
        <translation>如果 SSH 服务器主机密钥的指纹与此处给出的指纹一致，则信任该密钥。</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>usage: app create SPEC.json</source>
        <translation>用法：app create SPEC.json</translation>
    </message>
    <message>
        <source>boinc-docker: %1: %2</source>
        <translation>boinc-docker: %1：%2</translation>
    </message>
    <message>
        <source>boinc-docker: warning: %1</source>
        <translation>boinc-docker: 警告：%1</translation>
    </message>
    <message>
        <source>boinc-docker: %1</source>
        <translation>boinc-docker: %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>MISSING %1</source>
        <translation>缺失 %1</translation>
    </message>
    <message>
        <source>plan class %1 added</source>
        <translation>已添加计划类 %1</translation>
    </message>
    <message>
        <source>plan class %1 present</source>
        <translation>计划类 %1 已存在</translation>
    </message>
    <message>
        <source>plan class %1 NOT in plan_class_spec.xml</source>
        <translation>计划类 %1 不在 plan_class_spec.xml 中</translation>
    </message>
    <message>
        <source>Job journal to use (default: %1).</source>
        <translation>要使用的作业记录文件（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Remote submission: read the account&apos;s authenticator from FILE instead of the spec&apos;s authenticator_file or the keychain.</source>
        <translation>远程提交：从此文件读取账户密钥（authenticator），而不是从规格中的 authenticator_file 或密钥环读取。</translation>
    </message>
    <message>
        <source>Remote submission: also trust the CA certificates in FILE (PEM).</source>
        <translation>远程提交：另外信任此文件（PEM）中的 CA 证书。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>no authenticator for %1 (%2): give --authenticator-file, set target.authenticator_file, or sign in once in the Submit wizard, which keeps it in the keychain</source>
        <translation>没有 %1 的账户密钥（%2）：请使用 --authenticator-file，或设置 target.authenticator_file，或在提交向导中登录一次（账户密钥会保存在密钥环中）</translation>
    </message>
    <message>
        <source>This computer qualifies for Docker/Podman jobs.</source>
        <translation>这台计算机符合 Docker/Podman 作业的条件。</translation>
    </message>
    <message>
        <source>This computer does not qualify for Docker/Podman jobs.</source>
        <translation>这台计算机不符合 Docker/Podman 作业的条件。</translation>
    </message>
    <message>
        <source>CPU container jobs</source>
        <translation>CPU 容器作业</translation>
    </message>
    <message>
        <source>NVIDIA GPU container jobs</source>
        <translation>NVIDIA GPU 容器作业</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Plan classes of %1:</source>
        <translation>%1 的计划类：</translation>
    </message>
    <message>
        <source>Does this computer qualify for Docker/Podman and GPU BOINC jobs? The answer follows what the BOINC client reports, as the project&apos;s scheduler does; local checks explain it and say what to fix. Exit 0 when it qualifies for CPU container jobs, 1 when not.</source>
        <translation>这台计算机是否符合 Docker/Podman 和 GPU BOINC 作业的条件？结论依据 BOINC 客户端报告的信息，与项目调度器的判断方式相同；本地检查会解释原因，并说明需要修复什么。符合 CPU 容器作业条件时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <source>Also run containers: hello-world as the client&apos;s own test does, and for NVIDIA GPUs a CUDA container with --gpus all and with CDI (may download images).</source>
        <translation>同时运行容器：像客户端自身的测试那样运行 hello-world；对于 NVIDIA GPU，还会分别使用 --gpus all 和 CDI 运行一个 CUDA 容器（可能会下载镜像）。</translation>
    </message>
    <message>
        <source>Ask the client to detect Docker/Podman and GPUs again first (needs the GUI RPC password).</source>
        <translation>先让客户端重新检测 Docker/Podman 和 GPU（需要 GUI RPC 密码）。</translation>
    </message>
    <message>
        <source>Judge a project&apos;s plan classes against this host, as its scheduler would.</source>
        <translation>像项目的调度器那样，判断本主机是否满足该项目的各个计划类。</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>文件|URL</translation>
    </message>
    <message>
        <source>CUDA image for the --active GPU tests (default %1).</source>
        <translation>--active GPU 测试使用的 CUDA 镜像（默认 %1）。</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check 不接受参数</translation>
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
        <source>Seconds to wait for each reply (default 30).</source>
        <translation>每次等待应答的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--host: %1</source>
        <translation>--host：%1</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds between 0 and 3600</source>
        <translation>--timeout：请给出 0 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>--password-file: %1</source>
        <translation>--password-file：%1</translation>
    </message>
    <message>
        <source>. Is the BOINC client running? Start it (e.g. sudo systemctl start boinc-client) or pass --host.</source>
        <translation>。BOINC 客户端在运行吗？请启动它（例如 sudo systemctl start boinc-client），或用 --host 指定客户端。</translation>
    </message>
    <message>
        <source>. The client may be busy or hung; try again or raise --timeout.</source>
        <translation>。客户端可能正忙或已挂起；请重试，或增大 --timeout。</translation>
    </message>
    <message>
        <source>. Give the right password with --password-file.</source>
        <translation>。请用 --password-file 提供正确的密码。</translation>
    </message>
    <message>
        <source> (password read from %1). Give the right one with --password-file.</source>
        <translation>（密码读取自 %1）。请用 --password-file 提供正确的密码。</translation>
    </message>
    <message>
        <source>. %1 is empty, but this client has a password: give its gui_rpc_auth.cfg with --password-file.</source>
        <translation>。%1 是空的，但该客户端设置了密码：请用 --password-file 提供它的 gui_rpc_auth.cfg。</translation>
    </message>
    <message>
        <source>. Give the GUI RPC password with --password-file.</source>
        <translation>。请用 --password-file 提供 GUI RPC 密码。</translation>
    </message>
    <message>
        <source>the BOINC client refused: %1</source>
        <translation>BOINC 客户端拒绝了请求：%1</translation>
    </message>
    <message>
        <source>. Is %1 a BOINC client&apos;s GUI RPC port?</source>
        <translation>。%1 是 BOINC 客户端的 GUI RPC 端口吗？</translation>
    </message>
    <message>
        <source>No containers.</source>
        <translation>没有容器。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>(orphan)</source>
        <translation>（孤立）</translation>
    </message>
    <message>
        <source>List BOINC&apos;s containers (named boinc__...) with their state, exit code, CPU and memory; every container with --all.</source>
        <translation>列出 BOINC 的容器（名称为 boinc__...）及其状态、退出码、CPU 和内存；使用 --all 时列出所有容器。</translation>
    </message>
    <message>
        <source>List every container, not only BOINC&apos;s.</source>
        <translation>列出所有容器，而不只是 BOINC 的容器。</translation>
    </message>
    <message>
        <source>containers takes no arguments</source>
        <translation>containers 不接受参数</translation>
    </message>
    <message>
        <source>boinc-docker: warning: the client&apos;s tasks are unknown, so &quot;task&quot; stays empty: %1</source>
        <translation>boinc-docker: 警告：客户端的任务未知，因此“任务”（task）留空：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Candidates tried:</source>
        <translation>已尝试的位置：</translation>
    </message>
    <message numerus="yes">
        <source>, %n BOINC container(s)</source>
        <translation>
            <numerusform>，%n 个 BOINC 容器</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine:          %1 %2 (API %3)</source>
        <translation>容器引擎：       %1 %2（API %3）</translation>
    </message>
    <message>
        <source>none: read through its command line</source>
        <translation>无：通过其命令行工具读取</translation>
    </message>
    <message>
        <source>Endpoint:        %1 (%2)</source>
        <translation>端点：           %1（%2）</translation>
    </message>
    <message>
        <source>BOINC containers: %1</source>
        <translation>BOINC 容器：     %1</translation>
    </message>
    <message>
        <source>OS:              %1, kernel %2, %3</source>
        <translation>操作系统：       %1，内核 %2，%3</translation>
    </message>
    <message>
        <source>Cgroups:         v%1 (%2)%3</source>
        <translation>Cgroups：        v%1（%2）%3</translation>
    </message>
    <message>
        <source>, rootless</source>
        <translation>，无根 (rootless)</translation>
    </message>
    <message>
        <source>Runtimes:        %1 (default %2)</source>
        <translation>运行时：         %1（默认 %2）</translation>
    </message>
    <message>
        <source>off (no spec dirs)</source>
        <translation>已关闭（无规范目录）</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>GPU:             nvidia runtime %1; CDI %2; CDI GPUs: %3</source>
        <translation>GPU：            nvidia 运行时：%1；CDI：%2；CDI GPU：%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Container engine to read: unix:///PATH, tcp://HOST:PORT, npipe:////./pipe/NAME or cli:PROGRAM (default: found by discovery).</source>
        <translation>要读取的容器引擎：unix:///路径、tcp://主机:端口、npipe:////./pipe/名称 或 cli:程序（默认：自动查找）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--engine: %1</source>
        <translation>--engine：%1</translation>
    </message>
    <message>
        <source>Find the container engine BOINC uses and show what it offers: every place tried and its outcome, engine type and version, runtimes, GPU facts.</source>
        <translation>查找 BOINC 使用的容器引擎并显示它提供的功能：尝试过的每个位置及其结果、容器引擎类型和版本、运行时、GPU 信息。</translation>
    </message>
    <message>
        <source>engine takes no arguments</source>
        <translation>engine 不接受参数</translation>
    </message>
    <message>
        <source>No finished container tasks recorded.</source>
        <translation>没有已完成容器任务的记录。</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>OOM</source>
        <translation>OOM</translation>
    </message>
    <message>
        <source>PEAK MEMORY</source>
        <translation>内存峰值</translation>
    </message>
    <message>
        <source>CPU TIME</source>
        <translation>CPU 时间</translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Container tasks that have finished, newest first, as the desktop app recorded them: exit code, OOM kill, peak memory, CPU and elapsed time.</source>
        <translation>已完成的容器任务（桌面应用记录的），最新的在前：退出码、是否因内存耗尽 (OOM) 被终止、内存峰值、CPU 时间和已用时间。</translation>
    </message>
    <message>
        <source>Write the records to FILE as CSV instead.</source>
        <translation>改为以 CSV 格式把记录写入此文件。</translation>
    </message>
    <message>
        <source>At most N records (default 50; 0 for all).</source>
        <translation>最多 N 条记录（默认 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>History file to read (default: %1).</source>
        <translation>要读取的历史文件（默认：%1）。</translation>
    </message>
    <message>
        <source>history takes no arguments</source>
        <translation>history 不接受参数</translation>
    </message>
    <message>
        <source>--limit: give a whole number, 0 or more</source>
        <translation>--limit：请给出大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>boinc-docker: cannot read %1: %2</source>
        <translation>boinc-docker: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>boinc-docker: cannot write %1: %2</source>
        <translation>boinc-docker: 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Host:            %1 (%2)</source>
        <translation>主机：           %1（%2）</translation>
    </message>
    <message>
        <source>BOINC client:    %1</source>
        <translation>BOINC 客户端：   %1</translation>
    </message>
    <message>
        <source>OS:              %1 %2</source>
        <translation>操作系统：       %1 %2</translation>
    </message>
    <message>
        <source>CPU:             %1 x %2</source>
        <translation>CPU：            %1 x %2</translation>
    </message>
    <message>
        <source>Memory:          %1</source>
        <translation>内存：           %1</translation>
    </message>
    <message>
        <source>Disk:            %1 free of %2</source>
        <translation>磁盘：           可用 %1，共 %2</translation>
    </message>
    <message>
        <source>WSL distros:     none reported</source>
        <translation>WSL 发行版：     未报告</translation>
    </message>
    <message>
        <source>WSL distro:      %1 (%2 %3)%4</source>
        <translation>WSL 发行版：     %1（%2 %3）%4</translation>
    </message>
    <message>
        <source>, %1 %2</source>
        <translation>，%1 %2</translation>
    </message>
    <message>
        <source>Container engine: none reported by the client</source>
        <translation>容器引擎：       客户端未报告</translation>
    </message>
    <message>
        <source>Container engine: %1 %2</source>
        <translation>容器引擎：       %1 %2</translation>
    </message>
    <message>
        <source>Compose:         %1 %2</source>
        <translation>Compose：        %1 %2</translation>
    </message>
    <message>
        <source>GPUs:            none</source>
        <translation>GPU：            无</translation>
    </message>
    <message>
        <source>GPU:             %1 x %2 (%3)</source>
        <translation>GPU：            %1 x %2（%3）</translation>
    </message>
    <message>
        <source>, driver %1</source>
        <translation>，驱动程序 %1</translation>
    </message>
    <message>
        <source>, CUDA %1</source>
        <translation>，CUDA %1</translation>
    </message>
    <message>
        <source>Show what the BOINC client knows about its host, including the container engine and GPUs it detected.</source>
        <translation>显示 BOINC 客户端所了解的主机信息，包括它检测到的容器引擎和 GPU。</translation>
    </message>
    <message>
        <source>boinc-docker: cannot read the host key: %1</source>
        <translation>boinc-docker: 无法读取主机密钥：%1</translation>
    </message>
    <message>
        <source>boinc-docker: the server offers %1, not %2; nothing was trusted.</source>
        <translation>boinc-docker: 服务器提供的是 %1，而不是 %2；未信任任何密钥。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>容器引擎</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>PLAN CLASS</source>
        <translation>计划类</translation>
    </message>
    <message>
        <source>HOSTS</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>NEEDS</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 台中的 %1 台</translation>
    </message>
    <message>
        <source>--hosts-file: %1</source>
        <translation>--hosts-file：%1</translation>
    </message>
    <message>
        <source>no hosts configured: add them on the Fleet page of BOINC Docker Manager, or pass --hosts-file FILE (a JSON array of {&quot;name&quot;, &quot;address&quot;, &quot;password_file&quot;})</source>
        <translation>没有配置主机：请在 BOINC Docker Manager 的“主机群”页上添加，或用 --hosts-file 指定一个文件（由 {&quot;name&quot;, &quot;address&quot;, &quot;password_file&quot;} 组成的 JSON 数组）</translation>
    </message>
    <message>
        <source>Ask every configured BOINC host at once for its state, client version, running (container) tasks and container engine.</source>
        <translation>同时向每台已配置的 BOINC 主机查询其状态、客户端版本、正在运行的（容器）任务和容器引擎。</translation>
    </message>
    <message>
        <source>JSON array of {&quot;name&quot;, &quot;address&quot;: &quot;host[:port]&quot;, &quot;password_file&quot;} (default: the hosts configured in the GUI).</source>
        <translation>由 {&quot;name&quot;, &quot;address&quot;: &quot;host[:port]&quot;, &quot;password_file&quot;} 组成的 JSON 数组（默认：图形界面中配置的主机）。</translation>
    </message>
    <message>
        <source>Seconds to wait for each host&apos;s replies (default %1).</source>
        <translation>等待每台主机应答的秒数（默认 %1）。</translation>
    </message>
    <message>
        <source>Also count, for each plan class in this plan_class_spec.xml (file or URL), the hosts the scheduler would send its jobs to.</source>
        <translation>另外统计此 plan_class_spec.xml（文件或 URL）中每个计划类的作业会被调度器发送给多少台主机。</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: bad address &apos;%2&apos;</source>
        <translation>主机 &apos;%1&apos;：地址 &apos;%2&apos; 有误</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: %2</source>
        <translation>主机 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>--plan-classes: %1</source>
        <translation>--plan-classes：%1</translation>
    </message>
    <message>
        <source>No jobs submitted yet.</source>
        <translation>尚未提交任何作业。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>WORKUNITS</source>
        <translation>工作单元</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 及另外 %2 个</translation>
    </message>
    <message>
        <source>the journal&apos;s spec of %1 cannot be read: %2</source>
        <translation>无法读取作业记录中 %1 的规格：%2</translation>
    </message>
    <message>
        <source>Aborted %1.</source>
        <translation>已中止 %1。</translation>
    </message>
    <message>
        <source>Submitted %1: %2</source>
        <translation>已提交 %1：%2</translation>
    </message>
    <message>
        <source>The jobs submitted from this computer, from the job journal, newest first; with an action, that action on one of them (KEY as the list shows it).</source>
        <translation>列出从这台计算机提交的作业（取自作业记录，最新的在前）；给出操作选项时，对其中一个作业执行该操作（键按列表中显示的填写）。</translation>
    </message>
    <message>
        <source>Ask the server for the state of KEY&apos;s jobs first.</source>
        <translation>先向服务器查询该键对应作业的状态。</translation>
    </message>
    <message>
        <source>Download the outputs of KEY&apos;s finished jobs (to --to).</source>
        <translation>下载该键对应的已完成作业的输出（保存到 --to 指定的目录）。</translation>
    </message>
    <message>
        <source>Folder for --fetch (default: ./KEY).</source>
        <translation>--fetch 的目标文件夹（默认：当前目录下以该键命名的文件夹）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Abort KEY&apos;s jobs on the server.</source>
        <translation>在服务器上中止该键对应的作业。</translation>
    </message>
    <message>
        <source>Send KEY again when it did not reach the server&apos;s confirmation; what the server already has is found, not submitted twice.</source>
        <translation>该键对应的提交未得到服务器确认时，重新发送；服务器上已有的内容会被识别出来，不会重复提交。</translation>
    </message>
    <message>
        <source>Write KEY&apos;s spec to --out, to edit and submit as a new job.</source>
        <translation>将该键对应的规格写入 --out 指定的文件，以便编辑后作为新作业提交。</translation>
    </message>
    <message>
        <source>File for --clone.</source>
        <translation>--clone 的输出文件。</translation>
    </message>
    <message>
        <source>jobs takes no arguments; the actions take a KEY</source>
        <translation>jobs 不接受参数；各操作选项需要一个键</translation>
    </message>
    <message>
        <source>cannot open the job journal %1: %2</source>
        <translation>无法打开作业记录 %1：%2</translation>
    </message>
    <message>
        <source>give one of --refresh, --fetch, --abort, --retry, --clone</source>
        <translation>请只给出 --refresh、--fetch、--abort、--retry、--clone 中的一个</translation>
    </message>
    <message>
        <source>no job %1 in %2</source>
        <translation>%2 中没有作业 %1</translation>
    </message>
    <message>
        <source>--clone needs --out FILE</source>
        <translation>--clone 需要用 --out 指定文件</translation>
    </message>
    <message>
        <source>Wrote %1; edit its name before submitting it.</source>
        <translation>已写入 %1；提交前请修改其中的名称。</translation>
    </message>
    <message>
        <source>%1 is %2: nothing to retry</source>
        <translation>%1 处于 %2 阶段：无需重试</translation>
    </message>
    <message>
        <source>%1 is %2, not submitted</source>
        <translation>%1 处于 %2 阶段，而不是 submitted（已提交）阶段</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Print a container&apos;s log: its stdout on stdout and its stderr on stderr.</source>
        <translation>打印容器的日志：其 stdout 输出到标准输出，stderr 输出到标准错误。</translation>
    </message>
    <message>
        <source>Container name or ID.</source>
        <translation>容器名称或 ID。</translation>
    </message>
    <message>
        <source>Only the last N lines.</source>
        <translation>只显示最后 N 行。</translation>
    </message>
    <message>
        <source>Keep printing new output until the container stops.</source>
        <translation>持续打印新输出，直到容器停止。</translation>
    </message>
    <message>
        <source>Prefix each line with the engine&apos;s timestamp.</source>
        <translation>在每行前加上容器引擎的时间戳。</translation>
    </message>
    <message>
        <source>logs takes one container name or ID</source>
        <translation>logs 需要一个容器名称或 ID</translation>
    </message>
    <message>
        <source>--tail: give a number of lines</source>
        <translation>--tail：请给出行数</translation>
    </message>
    <message>
        <source>Project server %1, status of %2</source>
        <translation>项目服务器 %1，状态时间 %2</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>DAEMON</source>
        <translation>守护进程</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>UNSENT</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>IN PROGRESS</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>AVG RUNTIME (H)</source>
        <translation>平均运行时间（小时）</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>NOT RUNNING</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Project host %1, %2: %3</source>
        <translation>项目主机 %1，%2：%3</translation>
    </message>
    <message>
        <source>bin/status did not say</source>
        <translation>bin/status 未给出结果</translation>
    </message>
    <message>
        <source>BOINC is ENABLED</source>
        <translation>BOINC 已启用</translation>
    </message>
    <message>
        <source>BOINC is DISABLED (bin/stop ran)</source>
        <translation>BOINC 已停用（运行过 bin/stop）</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Not running on %1: %2</source>
        <translation>%1 上未运行：%2</translation>
    </message>
    <message>
        <source>server status: a BOINC project&apos;s daemons and database counts from its server_status.php (--project-url), and from the project host over SSH its bin/status and the tails of the daemons&apos; logs (--ssh with --project-dir). Exit 1 when a daemon is not running.</source>
        <translation>server status：从 BOINC 项目的 server_status.php（--project-url）读取其守护进程和数据库计数，并通过 SSH 从项目主机读取 bin/status 以及各守护进程日志的末尾（--ssh 加 --project-dir）。有守护进程未运行时退出码为 1。</translation>
    </message>
    <message>
        <source>The only subcommand so far.</source>
        <translation>目前唯一的子命令。</translation>
    </message>
    <message>
        <source>The project&apos;s master URL.</source>
        <translation>项目的主 URL。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (verification stays on).</source>
        <translation>另外信任此 PEM 文件中的 CA 证书（证书验证仍然开启）。</translation>
    </message>
    <message>
        <source>Seconds to wait (default 30).</source>
        <translation>等待的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>The project host, for bin/status and the logs.</source>
        <translation>项目主机，用于读取 bin/status 和日志。</translation>
    </message>
    <message>
        <source>USER@HOST</source>
        <translation>用户@主机</translation>
    </message>
    <message>
        <source>Its SSH port (default 22).</source>
        <translation>其 SSH 端口（默认 22）。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>SSH key (default: your keys and agent).</source>
        <translation>SSH 密钥（默认：你的密钥和 SSH 代理）。</translation>
    </message>
    <message>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>known_hosts 文件（默认 ~/.ssh/known_hosts）。</translation>
    </message>
    <message>
        <source>The project&apos;s absolute directory on the host.</source>
        <translation>项目在该主机上的目录（绝对路径）。</translation>
    </message>
    <message>
        <source>Run bin/status inside this container (a containerised server).</source>
        <translation>在此容器内运行 bin/status（用于容器化的服务器）。</translation>
    </message>
    <message>
        <source>User inside that container.</source>
        <translation>该容器内的用户。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Last lines of each daemon log to show (default 20; 0: none).</source>
        <translation>每个守护进程日志显示的末尾行数（默认 20；0：不显示）。</translation>
    </message>
    <message>
        <source>give a subcommand: server status --project-url URL</source>
        <translation>请给出子命令：server status --project-url URL</translation>
    </message>
    <message>
        <source>give --project-url URL, or --ssh USER@HOST with --project-dir DIR, or both</source>
        <translation>请给出 --project-url URL，或 --ssh USER@HOST 加 --project-dir DIR，或两者都给出</translation>
    </message>
    <message>
        <source>--ssh-port: give a port between 1 and 65535</source>
        <translation>--ssh-port：请给出 1 到 65535 之间的端口</translation>
    </message>
    <message>
        <source>--log-lines: give a number from 0 to %1</source>
        <translation>--log-lines：请给出 0 到 %1 之间的数</translation>
    </message>
    <message>
        <source>The server offers %1. If that is its key, run again with --accept-host-key FINGERPRINT.</source>
        <translation>服务器提供的是 %1。如果这确实是它的密钥，请用 --accept-host-key 加上该指纹重新运行。</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. %1 (%2) to %3</source>
        <translation>试运行：不会发送任何内容。%1（%2）提交到 %3</translation>
    </message>
    <message>
        <source>Uploads:</source>
        <translation>上传：</translation>
    </message>
    <message>
        <source>Workunits: %1</source>
        <translation>工作单元：%1</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Submits the jobs a spec file describes to its project server (SSH with boinc2docker or create_work, or the HTTPS remote submission RPC), journaled so that a retry never submits twice.
Exit status: 0 submitted, 1 the server refused (its message on stderr), 2 usage or connection error.</source>
        <translation>将规格文件所描述的作业提交到其项目服务器（通过 SSH 使用 boinc2docker 或 create_work，或通过 HTTPS 远程提交 RPC），并写入作业记录，因此重试绝不会重复提交。
退出状态：0 已提交；1 服务器拒绝（其消息输出到 stderr）；2 用法错误或连接错误。</translation>
    </message>
    <message>
        <source>The job spec (JSON).</source>
        <translation>作业规格（JSON）。</translation>
    </message>
    <message>
        <source>Show what would be uploaded and run, without contacting the server.</source>
        <translation>显示将要上传和运行的内容，不连接服务器。</translation>
    </message>
    <message>
        <source>submit takes one spec file</source>
        <translation>submit 需要一个规格文件</translation>
    </message>
    <message>
        <source>The journal keeps it as %1 (%2); `boinc-docker jobs --retry %1` resumes it without submitting twice.</source>
        <translation>作业记录将其保存为 %1（%2）；运行 `boinc-docker jobs --retry %1` 可继续提交，不会重复提交。</translation>
    </message>
    <message>
        <source>Suspend, resume or abort one task through the BOINC client. The task&apos;s container follows (BOINC&apos;s wrapper pauses, resumes or removes it).</source>
        <translation>通过 BOINC 客户端暂停、继续或中止单个任务。任务的容器会随之变化（BOINC 的 wrapper 会暂停、恢复或移除它）。</translation>
    </message>
    <message>
        <source>suspend, resume or abort</source>
        <translation>suspend（暂停）、resume（继续）或 abort（中止）</translation>
    </message>
    <message>
        <source>the task (result) name, exactly as BOINC shows it</source>
        <translation>任务（result）名称，须与 BOINC 显示的完全一致</translation>
    </message>
    <message>
        <source>The project&apos;s URL (as in &apos;boinc-docker tasks&apos;).</source>
        <translation>项目的 URL（与 &apos;boinc-docker tasks&apos; 中的相同）。</translation>
    </message>
    <message>
        <source>usage: boinc-docker task suspend|resume|abort --project URL NAME</source>
        <translation>用法：boinc-docker task suspend|resume|abort --project URL NAME</translation>
    </message>
    <message>
        <source>unknown task action &apos;%1&apos; (use suspend, resume or abort)</source>
        <translation>未知的任务操作 &apos;%1&apos;（请使用 suspend、resume 或 abort）</translation>
    </message>
    <message>
        <source>give the task&apos;s project with --project URL</source>
        <translation>请用 --project URL 指定任务所属的项目</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1：已执行 %2</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>没有任务。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>List the BOINC client&apos;s tasks (those that have started, or all with --all).</source>
        <translation>列出 BOINC 客户端的任务（已开始的任务；使用 --all 时列出全部）。</translation>
    </message>
    <message>
        <source>List every task, not only those that have started.</source>
        <translation>列出所有任务，而不只是已开始的任务。</translation>
    </message>
    <message>
        <source>tasks takes no arguments (got &apos;%1&apos;)</source>
        <translation>tasks 不接受参数（收到了 &apos;%1&apos;）</translation>
    </message>
    <message>
        <source>Usage: boinc-docker COMMAND [OPTIONS]

The command-line twin of BOINC Docker Manager: BOINC&apos;s container tasks, for scripts and servers.

Commands:
  check [--active] [--recheck] [--plan-classes FILE|URL]
                                            does this computer qualify for container and
                                            GPU jobs, and what to fix when it does not
  tasks [--all]                             the client&apos;s tasks
  host                                      host info: OS, container engine, GPUs
  task suspend|resume|abort --project URL NAME   act on one task through the client
  engine                                    the container engine BOINC uses: where it was
                                            found (every place tried), version, runtimes, GPUs
  containers [--all]                        BOINC&apos;s containers (every one with --all): state,
                                            exit code, CPU %, memory
  logs CONTAINER [--tail N] [--follow]      a container&apos;s stdout and stderr
  hosts [--hosts-file FILE]                 every configured host at once: state, client,
                                            running (container) tasks, container engine
                                            (--plan-classes FILE|URL: how many qualify for
                                            each plan class)
  history [--csv FILE]                      container tasks that have finished: exit code,
                                            OOM kill, peak memory, CPU and elapsed time
  submit SPEC.json [--dry-run]              submit the jobs a spec describes to its project
                                            server (SSH or HTTPS), journaled
  jobs [--refresh KEY] [--fetch KEY --to DIR] [--abort KEY] [--retry KEY]
       [--clone KEY --out FILE]
                                            submitted jobs: status, outputs, abort, clone
  server status --project-url URL           a project server&apos;s daemons and database counts
                                            (server_status.php); exit 1 when one is stopped
  server status --ssh USER@HOST --project-dir DIR
                                            the same on the project host: bin/status and the
                                            end of each daemon log
  app create SPEC.json [--dry-run]          create a Docker app (and plan class) on the
                                            project server with boinc2docker --new_app

Common options: --host HOST[:PORT] (default 127.0.0.1:31416), --password-file FILE,
--timeout SECONDS, --json (one JSON document on stdout).
Engine commands: --engine URL (unix:///PATH, tcp://HOST:PORT, npipe:////./pipe/NAME,
cli:PROGRAM; default: discovery), --timeout SECONDS, --json.
Exit status: 0 success, 1 the thing asked about failed, 2 usage or connection error.
Run &apos;boinc-docker COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>用法：boinc-docker COMMAND [OPTIONS]

BOINC Docker Manager 的命令行版本：管理 BOINC 的容器任务，适用于脚本和服务器。

命令：
  check [--active] [--recheck] [--plan-classes FILE|URL]
                                            检查这台计算机是否符合容器作业和 GPU 作业的
                                            条件，以及不符合时需要修复什么
  tasks [--all]                             客户端的任务
  host                                      主机信息：操作系统、容器引擎、GPU
  task suspend|resume|abort --project URL NAME   通过客户端操作单个任务
  engine                                    BOINC 使用的容器引擎：它的位置（及尝试过的
                                            每个位置）、版本、运行时、GPU
  containers [--all]                        BOINC 的容器（加 --all 时为所有容器）：状态、
                                            退出码、CPU %、内存
  logs CONTAINER [--tail N] [--follow]      容器的 stdout 和 stderr
  hosts [--hosts-file FILE]                 同时查询所有已配置的主机：状态、客户端、
                                            正在运行的（容器）任务、容器引擎
                                            （--plan-classes FILE|URL：每个计划类各有
                                            多少台主机符合条件）
  history [--csv FILE]                      已完成的容器任务：退出码、是否因 OOM 终止、
                                            内存峰值、CPU 时间和已用时间
  submit SPEC.json [--dry-run]              将规格所描述的作业提交到其项目服务器
                                            （SSH 或 HTTPS），并写入作业记录
  jobs [--refresh KEY] [--fetch KEY --to DIR] [--abort KEY] [--retry KEY]
       [--clone KEY --out FILE]
                                            已提交的作业：状态、输出、中止、克隆
  server status --project-url URL           项目服务器的守护进程和数据库计数（取自
                                            server_status.php）；有守护进程停止时返回 1
  server status --ssh USER@HOST --project-dir DIR
                                            在项目主机上做同样的检查：bin/status 和
                                            各守护进程日志的末尾
  app create SPEC.json [--dry-run]          用 boinc2docker --new_app 在项目服务器上
                                            创建 Docker 应用（及计划类）

通用选项：--host HOST[:PORT]（默认 127.0.0.1:31416）、--password-file FILE、
--timeout SECONDS、--json（在标准输出上打印一个 JSON 文档）。
容器引擎类命令：--engine URL（unix:///PATH、tcp://HOST:PORT、npipe:////./pipe/NAME、
cli:PROGRAM；默认自动查找）、--timeout SECONDS、--json。
退出状态：0 成功；1 所查询或所请求的操作失败；2 用法错误或连接错误。
运行 &apos;boinc-docker COMMAND --help&apos; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>boinc-docker: unknown command &apos;%1&apos;. Run &apos;boinc-docker --help&apos; for the list.</source>
        <translation>boinc-docker: 未知命令 &apos;%1&apos;。运行 &apos;boinc-docker --help&apos; 查看命令列表。</translation>
    </message>
    <message>
        <source>Trust the SSH server&apos;s host key if its fingerprint is FINGERPRINT (check it with the server&apos;s administrator first).</source>
        <translation>如果 SSH 服务器主机密钥的指纹是 FINGERPRINT，就信任它（请先与服务器管理员核对）。</translation>
    </message>
    <message>
        <source>Trust the SSH server&apos;s host key if its fingerprint is FINGERPRINT (SHA256:..., as a failed run printed it; check it with the server&apos;s administrator first).</source>
        <translation>如果 SSH 服务器主机密钥的指纹是 FINGERPRINT（SHA256:…，即失败的运行所打印的那个），就信任它；请先与服务器管理员核对。</translation>
    </message>
    <message>
        <source>boinc-docker: warning: %1: %2</source>
        <translation>boinc-docker: 警告：%1：%2</translation>
    </message>
</context>
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
    <name>CurlWorker</name>
    <message>
        <source>the request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>named pipes are not read over HTTP here; use the engine CLI</source>
        <translation>此处不通过 HTTP 读取命名管道；请使用容器引擎的命令行工具</translation>
    </message>
    <message>
        <source>%1 is not an HTTP endpoint</source>
        <translation>%1 不是 HTTP 端点</translation>
    </message>
    <message>
        <source>libcurl could not create a handle</source>
        <translation>libcurl 无法创建句柄</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>permission denied opening %1</source>
        <translation>打开 %1 时权限被拒绝</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 未能及时应答（%2）</translation>
    </message>
    <message>
        <source>reply from %1 larger than %2 bytes</source>
        <translation>来自 %1 的应答超过 %2 字节</translation>
    </message>
    <message>
        <source>%1 does not speak HTTP: %2</source>
        <translation>%1 不使用 HTTP 协议：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 关闭了连接：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DockerContext</name>
    <message>
        <source>docker context &apos;%1&apos; has no meta.json under %2/contexts/meta</source>
        <translation>docker 上下文 &apos;%1&apos; 在 %2/contexts/meta 下没有 meta.json</translation>
    </message>
    <message>
        <source>docker context &apos;%1&apos;: %2</source>
        <translation>docker 上下文 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>no docker endpoint</source>
        <translation>没有 docker 端点</translation>
    </message>
</context>
<context>
    <name>EngineCli</name>
    <message>
        <source>the CLI&apos;s version output is not JSON</source>
        <translation>命令行工具输出的版本信息不是 JSON</translation>
    </message>
    <message>
        <source>the docker CLI reached no engine</source>
        <translation>docker 命令行工具未连接到任何容器引擎</translation>
    </message>
    <message>
        <source>podman printed no version</source>
        <translation>podman 没有输出版本信息</translation>
    </message>
    <message>
        <source>the CLI&apos;s info output is not JSON</source>
        <translation>命令行工具输出的 info 信息不是 JSON</translation>
    </message>
    <message>
        <source>the CLI&apos;s container list is not JSON</source>
        <translation>命令行工具输出的容器列表不是 JSON</translation>
    </message>
    <message>
        <source>the CLI printed no stats</source>
        <translation>命令行工具没有输出统计数据</translation>
    </message>
    <message>
        <source>the CLI&apos;s stats give no CPU percentage</source>
        <translation>命令行工具的统计数据中没有 CPU 百分比</translation>
    </message>
    <message>
        <source>an event line is not JSON</source>
        <translation>某一行事件不是 JSON</translation>
    </message>
    <message>
        <source>an event line names no action</source>
        <translation>某一行事件没有指明操作</translation>
    </message>
    <message>
        <source>the engine CLI failed with exit code %1</source>
        <translation>容器引擎命令行工具执行失败，退出码为 %1</translation>
    </message>
</context>
<context>
    <name>EngineEndpoint</name>
    <message>
        <source>empty engine address</source>
        <translation>容器引擎地址为空</translation>
    </message>
    <message>
        <source>a unix:// address needs an absolute path, as in unix:///run/podman/podman.sock</source>
        <translation>unix:// 地址需要绝对路径，例如 unix:///run/podman/podman.sock</translation>
    </message>
    <message>
        <source>a npipe: address needs a pipe name, as in npipe:////./pipe/docker_engine</source>
        <translation>npipe: 地址需要管道名称，例如 npipe:////./pipe/docker_engine</translation>
    </message>
    <message>
        <source>a cli: address needs a program, as in cli:podman</source>
        <translation>cli: 地址需要程序名，例如 cli:podman</translation>
    </message>
    <message>
        <source>ssh:// engines are not read directly; use the engine&apos;s CLI instead, as in cli:docker</source>
        <translation>不直接读取 ssh:// 容器引擎；请改用容器引擎的命令行工具，例如 cli:docker</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an engine address (unix:///PATH, tcp://HOST:PORT, npipe:PIPE or cli:PROGRAM)</source>
        <translation>&apos;%1&apos; 不是容器引擎地址（unix:///PATH、tcp://HOST:PORT、npipe:PIPE 或 cli:PROGRAM）</translation>
    </message>
</context>
<context>
    <name>EngineParsers</name>
    <message>
        <source>the container list is not a JSON array</source>
        <translation>容器列表不是 JSON 数组</translation>
    </message>
    <message>
        <source>the container inspect reply is not a container</source>
        <translation>容器 inspect 的应答不是容器</translation>
    </message>
    <message>
        <source>the image list is not a JSON array</source>
        <translation>镜像列表不是 JSON 数组</translation>
    </message>
    <message>
        <source>the stats reply is not a stats object</source>
        <translation>stats 的应答不是统计数据对象</translation>
    </message>
    <message>
        <source>an event is not a JSON object</source>
        <translation>某个事件不是 JSON 对象</translation>
    </message>
    <message>
        <source>an event names neither a type nor an action</source>
        <translation>某个事件既没有指明类型，也没有指明操作</translation>
    </message>
    <message>
        <source>the /version reply is not a JSON object</source>
        <translation>/version 的应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>the /version reply names neither a version nor an API version</source>
        <translation>/version 的应答既没有指明版本，也没有指明 API 版本</translation>
    </message>
    <message>
        <source>the /info reply is not a JSON object</source>
        <translation>/info 的应答不是 JSON 对象</translation>
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
    <name>FleetAlerts</name>
    <message>
        <source>%1 is not answering</source>
        <translation>%1 无响应</translation>
    </message>
    <message>
        <source>The BOINC client on %1 stopped answering in time.</source>
        <translation>%1 上的 BOINC 客户端未能及时应答。</translation>
    </message>
    <message>
        <source>The BOINC client on %1 cannot be reached.</source>
        <translation>无法连接 %1 上的 BOINC 客户端。</translation>
    </message>
    <message>
        <source>A container task failed on %1</source>
        <translation>%1 上有容器任务失败</translation>
    </message>
    <message>
        <source>%1 ended with exit status %2.</source>
        <translation>%1 已结束，退出状态为 %2。</translation>
    </message>
    <message>
        <source>A container ran out of memory on %1</source>
        <translation>%1 上有容器内存耗尽</translation>
    </message>
    <message>
        <source>The engine killed %1 because it used all the memory it was allowed.</source>
        <translation>%1 用完了允许使用的全部内存，已被容器引擎终止。</translation>
    </message>
    <message>
        <source>A daemon stopped on %1</source>
        <translation>%1 上有守护进程已停止</translation>
    </message>
    <message>
        <source>%1 is not running: the project&apos;s jobs wait until it is started again (bin/start).</source>
        <translation>%1 未在运行：项目的作业要等它重新启动（bin/start）后才会继续。</translation>
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
    <name>HostsFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>%1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON array of hosts, [{&quot;name&quot;: ..., &quot;address&quot;: &quot;host[:port]&quot;}, ...]</source>
        <translation>应为主机的 JSON 数组，[{&quot;name&quot;: ..., &quot;address&quot;: &quot;host[:port]&quot;}, ...]</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;name&quot; and &quot;address&quot;</source>
        <translation>%1：应为包含 &quot;name&quot; 和 &quot;address&quot; 的对象</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot;, &quot;address&quot; and &quot;password_file&quot; must be strings</source>
        <translation>%1：&quot;name&quot;、&quot;address&quot; 和 &quot;password_file&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>%1: missing &quot;name&quot;</source>
        <translation>%1：缺少 &quot;name&quot;</translation>
    </message>
    <message>
        <source>host %1 (&quot;%2&quot;)</source>
        <translation>主机 %1（&quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: missing &quot;address&quot; (host[:port])</source>
        <translation>%1：缺少 &quot;address&quot;（host[:port]）</translation>
    </message>
    <message>
        <source>%1: bad &quot;address&quot; &apos;%2&apos;: %3</source>
        <translation>%1：&quot;address&quot; &apos;%2&apos; 有误：%3</translation>
    </message>
    <message>
        <source>%1: the name is used twice; names must be unique</source>
        <translation>%1：名称重复使用；名称必须唯一</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <source>PAGE</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>--host: %1</source>
        <translation>--host：%1</translation>
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
    <message>
        <source>Seconds between two readings of the task list (default 2).</source>
        <translation>两次读取任务列表之间的秒数（默认 2）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--refresh: give a number of seconds between 0.5 and 3600</source>
        <translation>--refresh：请给出 0.5 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>Quit by itself after this many seconds (smoke tests, screenshot scripts).</source>
        <translation>在这么多秒后自行退出（冒烟测试、截图脚本）。</translation>
    </message>
    <message>
        <source>--quit-after: give a number of seconds</source>
        <translation>--quit-after：请给出秒数</translation>
    </message>
    <message>
        <source>Page to show first: readiness, tasks, fleet, submit, jobs or server.</source>
        <translation>首先显示的页面：readiness、tasks、fleet、submit、jobs 或 server。</translation>
    </message>
    <message>
        <source>--page: give readiness, tasks, fleet, submit, jobs or server</source>
        <translation>--page：请给出 readiness、tasks、fleet、submit、jobs 或 server</translation>
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
        <source>Server</source>
        <translation>服务器</translation>
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
        <source>Project &amp;Server</source>
        <translation>项目服务器(&amp;S)</translation>
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
    <name>Readiness</name>
    <message>
        <source>Running %1 as the BOINC client&apos;s own test does</source>
        <translation>正在像 BOINC 客户端自身的测试那样运行 %1</translation>
    </message>
    <message>
        <source>Running a CUDA container with --gpus all, as docker_wrapper does</source>
        <translation>正在用 --gpus all 运行 CUDA 容器（与 docker_wrapper 的做法相同）</translation>
    </message>
    <message>
        <source>Running a CUDA container with the CDI device nvidia.com/gpu=all</source>
        <translation>正在用 CDI 设备 nvidia.com/gpu=all 运行 CUDA 容器</translation>
    </message>
    <message>
        <source>No engine CLI to run a container with</source>
        <translation>没有可用来运行容器的容器引擎命令行工具</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>无法启动 %1</translation>
    </message>
    <message>
        <source>A container ran and printed &quot;Hello&quot;</source>
        <translation>容器已运行并输出了 “Hello”</translation>
    </message>
    <message>
        <source>The hello-world container did not print &quot;Hello&quot; (exit %1)</source>
        <translation>hello-world 容器没有输出 “Hello”（退出码 %1）</translation>
    </message>
    <message>
        <source>Run it yourself to see why: %1</source>
        <translation>请自己运行它以查看原因：%1</translation>
    </message>
    <message>
        <source>--gpus all works: the GPU is visible in the container</source>
        <translation>--gpus all 可用：容器中可以看到 GPU</translation>
    </message>
    <message>
        <source>--gpus all failed (exit %1)</source>
        <translation>--gpus all 失败（退出码 %1）</translation>
    </message>
    <message>
        <source>The CDI device nvidia.com/gpu=all works</source>
        <translation>CDI 设备 nvidia.com/gpu=all 可用</translation>
    </message>
    <message>
        <source>The CDI device nvidia.com/gpu=all failed (exit %1)</source>
        <translation>CDI 设备 nvidia.com/gpu=all 失败（退出码 %1）</translation>
    </message>
    <message>
        <source>GPU containers work the way BOINC starts them (--gpus all)</source>
        <translation>GPU 容器能以 BOINC 启动它们的方式运行（--gpus all）</translation>
    </message>
    <message>
        <source>Only the CDI form works: BOINC&apos;s --gpus all will not work on this engine</source>
        <translation>只有 CDI 形式可用：BOINC 的 --gpus all 在此容器引擎上无法工作</translation>
    </message>
    <message>
        <source>Upgrade Podman to a version that maps --gpus to CDI (5.0 or later)</source>
        <translation>请将 Podman 升级到能把 --gpus 映射为 CDI 的版本（5.0 或更高）</translation>
    </message>
    <message>
        <source>No GPU container could be run, with --gpus all or with CDI</source>
        <translation>无论用 --gpus all 还是 CDI，都无法运行 GPU 容器</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>no kind: this is not a CDI spec</source>
        <translation>没有 kind：这不是 CDI 规范</translation>
    </message>
    <message>
        <source>the spec lists no devices</source>
        <translation>该规范没有列出任何设备</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>On %1: allow this computer in remote_hosts.cfg and start the client with --allow_remote_gui_rpc</source>
        <translation>在 %1 上：在 remote_hosts.cfg 中允许这台计算机，并用 --allow_remote_gui_rpc 启动客户端</translation>
    </message>
    <message>
        <source>Give the password from the client&apos;s gui_rpc_auth.cfg (--password-file)</source>
        <translation>请提供客户端 gui_rpc_auth.cfg 中的密码（--password-file）</translation>
    </message>
    <message>
        <source>The client is busy or hung: wait and check again, or restart it (sudo systemctl restart boinc-client)</source>
        <translation>客户端正忙或已卡死：请稍候再检查，或重启它（sudo systemctl restart boinc-client）</translation>
    </message>
    <message>
        <source>Check the address: %1 does not speak BOINC GUI RPC</source>
        <translation>请检查地址：%1 不使用 BOINC GUI RPC 协议</translation>
    </message>
    <message>
        <source>Remote client: not examined on this computer</source>
        <translation>远程客户端：未在这台计算机上检查</translation>
    </message>
    <message>
        <source>BOINC client installed: %1</source>
        <translation>已安装 BOINC 客户端：%1</translation>
    </message>
    <message>
        <source>BOINC client answers, though `boinc` is not on the PATH</source>
        <translation>BOINC 客户端有响应，但 `boinc` 不在 PATH 中</translation>
    </message>
    <message>
        <source>BOINC client not installed</source>
        <translation>未安装 BOINC 客户端</translation>
    </message>
    <message>
        <source>No `boinc` program was found on the PATH or in /usr/bin.</source>
        <translation>在 PATH 或 /usr/bin 中找不到 `boinc` 程序。</translation>
    </message>
    <message>
        <source>BOINC client running as user %1 (pid %2)</source>
        <translation>BOINC 客户端正以用户 %1 的身份运行（pid %2）</translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation>数据目录：%1</translation>
    </message>
    <message>
        <source>BOINC client running (its process is not visible to this user)</source>
        <translation>BOINC 客户端正在运行（此用户看不到它的进程）</translation>
    </message>
    <message>
        <source>BOINC client not running</source>
        <translation>BOINC 客户端未运行</translation>
    </message>
    <message>
        <source>BOINC client answers GUI RPC at %1</source>
        <translation>BOINC 客户端在 %1 响应 GUI RPC</translation>
    </message>
    <message>
        <source>No BOINC client answers at %1</source>
        <translation>%1 上没有响应的 BOINC 客户端</translation>
    </message>
    <message>
        <source>%1 (password read from %2)</source>
        <translation>%1（密码读取自 %2）</translation>
    </message>
    <message>
        <source>The client refused the GUI RPC password</source>
        <translation>客户端拒绝了 GUI RPC 密码</translation>
    </message>
    <message>
        <source>GUI RPC password read from %1</source>
        <translation>GUI RPC 密码读取自 %1</translation>
    </message>
    <message>
        <source>%1 is empty: the client needs no password</source>
        <translation>%1 为空：客户端不需要密码</translation>
    </message>
    <message>
        <source>No readable GUI RPC password</source>
        <translation>没有可读取的 GUI RPC 密码</translation>
    </message>
    <message>
        <source>Read-only questions work without it on this computer; reading the client&apos;s options and Re-check need it.</source>
        <translation>在这台计算机上，只读查询不需要密码；读取客户端的选项和“重新检查”则需要密码。</translation>
    </message>
    <message>
        <source>Client version unknown: the client did not answer</source>
        <translation>客户端版本未知：客户端没有响应</translation>
    </message>
    <message>
        <source>BOINC %1 detects and reports Docker/Podman</source>
        <translation>BOINC %1 会检测并报告 Docker/Podman</translation>
    </message>
    <message>
        <source>BOINC %1 is too old for container jobs: %2 or later is needed</source>
        <translation>BOINC %1 版本太旧，无法运行容器作业：需要 %2 或更高版本</translation>
    </message>
    <message>
        <source>The scheduler refuses Docker jobs to macOS clients before 8.2.6 (&quot;Docker jobs need 8.2.6+ client&quot;).</source>
        <translation>对于 8.2.6 之前的 macOS 客户端，调度器拒绝分配 Docker 作业（&quot;Docker jobs need 8.2.6+ client&quot;）。</translation>
    </message>
    <message>
        <source>Clients before 8.2.0 never detect or report Docker or Podman, so the scheduler answers &quot;Docker not present&quot; whatever engine is installed.</source>
        <translation>8.2.0 之前的客户端从不检测或报告 Docker 或 Podman，因此无论安装了什么容器引擎，调度器都会回复 &quot;Docker not present&quot;（未检测到 Docker）。</translation>
    </message>
    <message>
        <source>The client ran its detection again (reset_host_info)</source>
        <translation>客户端已重新运行检测（reset_host_info）</translation>
    </message>
    <message>
        <source>The client could not be asked to detect again</source>
        <translation>无法让客户端重新检测</translation>
    </message>
    <message>
        <source>The client reports %1 %2</source>
        <translation>客户端报告了 %1 %2</translation>
    </message>
    <message>
        <source>Docker not present</source>
        <translation>Docker not present（未检测到 Docker）</translation>
    </message>
    <message>
        <source>BOINC %1 does not look for Docker or Podman at all.</source>
        <translation>BOINC %1 根本不会查找 Docker 或 Podman。</translation>
    </message>
    <message>
        <source>On macOS the client runs Podman through its Run_Podman helper and needs the Podman machine running; if the machine fails to start it clears the version.</source>
        <translation>在 macOS 上，客户端通过其 Run_Podman 辅助程序运行 Podman，并需要 Podman 虚拟机处于运行状态；如果虚拟机启动失败，客户端会清除版本信息。</translation>
    </message>
    <message>
        <source>The client tries `podman --version`, then `docker --version`, and then `&lt;cli&gt; run --rm hello-world` as its own user; the first engine that prints &quot;Hello&quot; is reported.</source>
        <translation>客户端会以自身用户身份依次尝试 `podman --version`、`docker --version`，然后运行 `&lt;cli&gt; run --rm hello-world`；第一个输出 “Hello” 的容器引擎会被报告。</translation>
    </message>
    <message>
        <source> [disallowed in cc_config.xml]</source>
        <translation> [已在 cc_config.xml 中禁用]</translation>
    </message>
    <message>
        <source>The client found a WSL distro with Docker/Podman</source>
        <translation>客户端找到了装有 Docker/Podman 的 WSL 发行版</translation>
    </message>
    <message>
        <source>No usable WSL distros found</source>
        <translation>没有找到可用的 WSL 发行版</translation>
    </message>
    <message>
        <source>The client reported no WSL distros. It skips WSL entirely when it runs as a Windows service, when &lt;dont_use_wsl&gt; is set, and before Windows 10.</source>
        <translation>客户端没有报告任何 WSL 发行版。当客户端作为 Windows 服务运行、设置了 &lt;dont_use_wsl&gt; 或系统早于 Windows 10 时，它会完全跳过 WSL。</translation>
    </message>
    <message>
        <source>BOINC WSL distro version %1</source>
        <translation>BOINC WSL 发行版版本 %1</translation>
    </message>
    <message>
        <source>BOINC WSL distro present; its version is not reported</source>
        <translation>BOINC WSL 发行版已存在，但没有报告其版本</translation>
    </message>
    <message>
        <source>Clients before 8.2.5 do not report the distro version, so plan classes with &lt;min_boinc_wsl_distro_version&gt; refuse this host.</source>
        <translation>8.2.5 之前的客户端不报告发行版版本，因此带有 &lt;min_boinc_wsl_distro_version&gt; 的计划类会拒绝这台计算机。</translation>
    </message>
    <message>
        <source>The BOINC WSL distro (boinc-buda-runner) is not installed</source>
        <translation>未安装 BOINC WSL 发行版（boinc-buda-runner）</translation>
    </message>
    <message>
        <source>GPU container jobs need it (&quot;Current BOINC WSL distro needed&quot;).</source>
        <translation>GPU 容器作业需要它（&quot;Current BOINC WSL distro needed&quot;）。</translation>
    </message>
    <message>
        <source>The client reports Docker Compose %1</source>
        <translation>客户端报告了 Docker Compose %1</translation>
    </message>
    <message>
        <source>The client reports no Docker Compose</source>
        <translation>客户端没有报告 Docker Compose</translation>
    </message>
    <message>
        <source>Only `docker compose version` (the v2 plugin) is understood by the client; the scheduler does not require Compose for any plan class today.</source>
        <translation>客户端只识别 `docker compose version`（v2 插件）；目前调度器不要求任何计划类具备 Compose。</translation>
    </message>
    <message>
        <source>The client&apos;s options (cc_config.xml) could not be read</source>
        <translation>无法读取客户端的选项（cc_config.xml）</translation>
    </message>
    <message>
        <source>Client config does not allow using Docker</source>
        <translation>客户端配置不允许使用 Docker</translation>
    </message>
    <message>
        <source>&lt;dont_use_docker&gt; is set (%1). The client still detects Docker but refuses container jobs.</source>
        <translation>已设置 &lt;dont_use_docker&gt;（%1）。客户端仍会检测 Docker，但会拒绝容器作业。</translation>
    </message>
    <message>
        <source>Remove &lt;dont_use_docker/&gt; from cc_config.xml, then: %1</source>
        <translation>请从 cc_config.xml 中删除 &lt;dont_use_docker/&gt;，然后：%1</translation>
    </message>
    <message>
        <source>Client config does not allow using WSL</source>
        <translation>客户端配置不允许使用 WSL</translation>
    </message>
    <message>
        <source>&lt;dont_use_wsl&gt; is set (%1).</source>
        <translation>已设置 &lt;dont_use_wsl&gt;（%1）。</translation>
    </message>
    <message>
        <source>Remove &lt;dont_use_wsl/&gt; from cc_config.xml and restart the client</source>
        <translation>请从 cc_config.xml 中删除 &lt;dont_use_wsl/&gt; 并重启客户端</translation>
    </message>
    <message>
        <source>The client&apos;s options allow container jobs</source>
        <translation>客户端的选项允许容器作业</translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>读取自 %1。</translation>
    </message>
    <message>
        <source>Read from %1; disallowed WSL distros: %2</source>
        <translation>读取自 %1；已禁用的 WSL 发行版：%2</translation>
    </message>
    <message>
        <source>, driver %1</source>
        <translation>，驱动程序 %1</translation>
    </message>
    <message>
        <source>, CUDA %1</source>
        <translation>，CUDA %1</translation>
    </message>
    <message>
        <source>%1 in WSL distro %2%3%4</source>
        <translation>WSL 发行版 %2 中的 %1%3%4</translation>
    </message>
    <message>
        <source>The client reports no GPU</source>
        <translation>客户端没有报告 GPU</translation>
    </message>
    <message numerus="yes">
        <source>The client reports %n GPU type(s)</source>
        <translation>
            <numerusform>客户端报告了 %n 种 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Install BOINC 8.2 or later from https://boinc.berkeley.edu/download_all.php (Debian 12 ships 7.20)</source>
        <translation>请从 https://boinc.berkeley.edu/download_all.php 安装 BOINC 8.2 或更高版本（Debian 12 自带的是 7.20）</translation>
    </message>
    <message>
        <source>the client&apos;s get_cc_config reply was not a &lt;cc_config&gt; document</source>
        <translation>客户端的 get_cc_config 应答不是 &lt;cc_config&gt; 文档</translation>
    </message>
    <message>
        <source>%1; and %2 is not readable: %3</source>
        <translation>%1；而且 %2 不可读：%3</translation>
    </message>
    <message>
        <source>%1 is not a &lt;cc_config&gt; document</source>
        <translation>%1 不是 &lt;cc_config&gt; 文档</translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation>未安装 %1</translation>
    </message>
    <message>
        <source>`%1` is not in PATH.</source>
        <translation>`%1` 不在 PATH 中。</translation>
    </message>
    <message>
        <source>`%1` did not answer</source>
        <translation>`%1` 没有响应</translation>
    </message>
    <message>
        <source>`%1` printed no version the BOINC client understands</source>
        <translation>`%1` 输出的版本信息 BOINC 客户端无法识别</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Neither Podman nor Docker is installed</source>
        <translation>Podman 和 Docker 都没有安装</translation>
    </message>
    <message>
        <source>The BOINC client looks for `podman --version`, then `docker --version`.</source>
        <translation>BOINC 客户端会先查找 `podman --version`，再查找 `docker --version`。</translation>
    </message>
    <message>
        <source>The client tries Podman first, then Docker, and then runs `%1 run --rm hello-world` as its own user.</source>
        <translation>客户端先尝试 Podman，再尝试 Docker，然后以自身用户身份运行 `%1 run --rm hello-world`。</translation>
    </message>
    <message>
        <source>`docker` is the podman-docker shim.</source>
        <translation>`docker` 是 podman-docker 兼容层。</translation>
    </message>
    <message>
        <source>The BOINC client would use %1 %2</source>
        <translation>BOINC 客户端将使用 %1 %2</translation>
    </message>
    <message>
        <source>This user reaches %1 %2</source>
        <translation>此用户可以访问 %1 %2</translation>
    </message>
    <message>
        <source>The container engine was not looked for</source>
        <translation>未查找容器引擎</translation>
    </message>
    <message>
        <source>This user cannot reach a container engine</source>
        <translation>此用户无法访问任何容器引擎</translation>
    </message>
    <message>
        <source>%1: owner uid %2, group gid %3, mode %4</source>
        <translation>%1：所有者 uid %2，组 gid %3，权限 %4</translation>
    </message>
    <message>
        <source>/var/run/docker.sock does not exist: is dockerd running?</source>
        <translation>/var/run/docker.sock 不存在：dockerd 是否在运行？</translation>
    </message>
    <message>
        <source>User %1 may use Docker&apos;s socket</source>
        <translation>用户 %1 可以使用 Docker 的套接字</translation>
    </message>
    <message>
        <source>User %1 is in group docker, but Docker&apos;s socket is missing</source>
        <translation>用户 %1 在 docker 组中，但 Docker 的套接字不存在</translation>
    </message>
    <message>
        <source>User %1 may not use Docker: not in group docker</source>
        <translation>用户 %1 不能使用 Docker：不在 docker 组中</translation>
    </message>
    <message>
        <source>The BOINC client runs as root: Podman runs rootful</source>
        <translation>BOINC 客户端以 root 身份运行：Podman 以有根 (rootful) 模式运行</translation>
    </message>
    <message>
        <source>User %1 has %2 subordinate uids and %3 gids</source>
        <translation>用户 %1 有 %2 个从属 uid 和 %3 个从属 gid</translation>
    </message>
    <message>
        <source>User %1 lacks subordinate uids/gids for rootless Podman</source>
        <translation>用户 %1 缺少无根 (rootless) Podman 所需的从属 uid/gid</translation>
    </message>
    <message>
        <source>/etc/subuid gives %1, /etc/subgid %2; rootless Podman needs at least %3 each. Pick a range no other user has in /etc/subuid.</source>
        <translation>/etc/subuid 提供了 %1 个，/etc/subgid 提供了 %2 个；无根 (rootless) Podman 各需要至少 %3 个。请选择一个在 /etc/subuid 中没有被其他用户占用的范围。</translation>
    </message>
    <message>
        <source>User %1 lingers (has a systemd user session without logging in)</source>
        <translation>用户 %1 已启用 linger（无需登录即拥有 systemd 用户会话）</translation>
    </message>
    <message>
        <source>User %1 has no lingering systemd session</source>
        <translation>用户 %1 没有常驻的 systemd 会话（未启用 linger）</translation>
    </message>
    <message>
        <source>Without it rootless Podman fails with cgroup-manager warnings and the client reports Podman as not found.</source>
        <translation>没有它，无根 (rootless) Podman 会因 cgroup-manager 警告而失败，客户端会报告找不到 Podman。</translation>
    </message>
    <message>
        <source>User %1 does not exist: the BOINC client is not installed as a service</source>
        <translation>用户 %1 不存在：BOINC 客户端未作为服务安装</translation>
    </message>
    <message>
        <source>The BOINC client runs as %1 (pid %2)</source>
        <translation>BOINC 客户端以 %1 身份运行（pid %2）</translation>
    </message>
    <message>
        <source>The BOINC client&apos;s user is %1 (not running now)</source>
        <translation>BOINC 客户端的用户是 %1（当前未运行）</translation>
    </message>
    <message>
        <source>uid %1, groups: %2</source>
        <translation>uid %1，所属组：%2</translation>
    </message>
    <message>
        <source>SELinux is off</source>
        <translation>SELinux 已关闭</translation>
    </message>
    <message>
        <source>SELinux is permissive</source>
        <translation>SELinux 处于宽容（permissive）模式</translation>
    </message>
    <message>
        <source>SELinux is enforcing</source>
        <translation>SELinux 处于强制（enforcing）模式</translation>
    </message>
    <message>
        <source>SELinux may stop the BOINC client (boinc_t) from running the container runtime (BOINC issue #6991); GPU containers with CDI often need --security-opt label=disable.</source>
        <translation>SELinux 可能会阻止 BOINC 客户端（boinc_t）运行容器运行时（BOINC issue #6991）；使用 CDI 的 GPU 容器通常需要 --security-opt label=disable。</translation>
    </message>
    <message>
        <source>rootless</source>
        <translation>无根 (rootless)</translation>
    </message>
    <message>
        <source>rootful</source>
        <translation>有根 (rootful)</translation>
    </message>
    <message>
        <source>The engine runs %1 on cgroup v1</source>
        <translation>容器引擎以 %1 模式运行在 cgroup v1 上</translation>
    </message>
    <message>
        <source>Rootless containers cannot be given CPU or memory limits on cgroup v1.</source>
        <translation>在 cgroup v1 上无法为无根 (rootless) 容器设置 CPU 或内存限制。</translation>
    </message>
    <message>
        <source>Add systemd.unified_cgroup_hierarchy=1 to GRUB_CMDLINE_LINUX in /etc/default/grub, then: sudo update-grub; sudo reboot</source>
        <translation>在 /etc/default/grub 的 GRUB_CMDLINE_LINUX 中加入 systemd.unified_cgroup_hierarchy=1，然后：sudo update-grub; sudo reboot</translation>
    </message>
    <message>
        <source>The engine runs %1, cgroup v%2</source>
        <translation>容器引擎以 %1 模式运行，cgroup v%2</translation>
    </message>
    <message>
        <source>Docker Compose %1 (plugin): the client reports it</source>
        <translation>Docker Compose %1（插件）：客户端会报告它</translation>
    </message>
    <message>
        <source>Only %1: the client reports compose from `docker compose version` alone</source>
        <translation>只有 %1：客户端仅通过 `docker compose version` 报告 compose</translation>
    </message>
    <message>
        <source>No Docker Compose</source>
        <translation>没有 Docker Compose</translation>
    </message>
    <message>
        <source>Only projects whose jobs use compose need it.</source>
        <translation>只有作业使用 compose 的项目才需要它。</translation>
    </message>
    <message numerus="yes">
        <source>NVIDIA driver %1, %n GPU(s) (%2)</source>
        <translation>
            <numerusform>NVIDIA 驱动程序 %1，%n 个 GPU（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>An NVIDIA GPU or kernel module is here, but the driver does not answer</source>
        <translation>存在 NVIDIA GPU 或内核模块，但驱动程序没有响应</translation>
    </message>
    <message>
        <source>Load the driver (sudo modprobe nvidia) or reboot after a driver upgrade; if that fails reinstall it: sudo apt install nvidia-driver</source>
        <translation>请加载驱动程序（sudo modprobe nvidia），或在升级驱动程序后重启；如果仍然失败，请重新安装：sudo apt install nvidia-driver</translation>
    </message>
    <message>
        <source>No NVIDIA GPU or driver found</source>
        <translation>未找到 NVIDIA GPU 或驱动程序</translation>
    </message>
    <message>
        <source>CUDA %1 driver API, %2 device(s): BOINC will see them</source>
        <translation>CUDA %1 驱动 API，%2 个设备：BOINC 能看到它们</translation>
    </message>
    <message>
        <source>No CUDA driver library</source>
        <translation>没有 CUDA 驱动库</translation>
    </message>
    <message>
        <source>The CUDA driver library finds no GPU: BOINC will report none</source>
        <translation>CUDA 驱动库找不到 GPU：BOINC 将不会报告任何 GPU</translation>
    </message>
    <message>
        <source>Install the driver&apos;s CUDA library (Debian: sudo apt install libcuda1; other systems: the NVIDIA driver package)</source>
        <translation>请安装驱动程序的 CUDA 库（Debian：sudo apt install libcuda1；其他系统：NVIDIA 驱动程序软件包）</translation>
    </message>
    <message>
        <source>NVIDIA device nodes are present</source>
        <translation>NVIDIA 设备节点存在</translation>
    </message>
    <message>
        <source>NVIDIA device nodes are missing (%1)</source>
        <translation>缺少 NVIDIA 设备节点（%1）</translation>
    </message>
    <message>
        <source>NVIDIA Container Toolkit (nvidia-container-cli)</source>
        <translation>NVIDIA Container Toolkit（nvidia-container-cli）</translation>
    </message>
    <message>
        <source>NVIDIA Container Toolkit %1</source>
        <translation>NVIDIA Container Toolkit %1</translation>
    </message>
    <message>
        <source>The NVIDIA Container Toolkit is not installed: containers get no GPU</source>
        <translation>未安装 NVIDIA Container Toolkit：容器无法使用 GPU</translation>
    </message>
    <message>
        <source>Rootless engine, but the toolkit&apos;s no-cgroups is not set</source>
        <translation>容器引擎为无根 (rootless) 模式，但 toolkit 的 no-cgroups 未设置</translation>
    </message>
    <message>
        <source>The engine&apos;s GPU wiring is unknown: no engine answered</source>
        <translation>容器引擎的 GPU 配置未知：没有容器引擎响应</translation>
    </message>
    <message>
        <source>runtime nvidia (default: %1)</source>
        <translation>nvidia 运行时（默认：%1）</translation>
    </message>
    <message>
        <source>CDI devices %1</source>
        <translation>CDI 设备 %1</translation>
    </message>
    <message>
        <source>Podman reads the CDI specs on disk</source>
        <translation>Podman 读取磁盘上的 CDI 规范</translation>
    </message>
    <message>
        <source>The engine can give GPUs to containers: %1</source>
        <translation>容器引擎可以为容器提供 GPU：%1</translation>
    </message>
    <message>
        <source>The engine has neither the nvidia runtime nor CDI GPU devices</source>
        <translation>容器引擎既没有 nvidia 运行时，也没有 CDI GPU 设备</translation>
    </message>
    <message>
        <source>BOINC&apos;s docker_wrapper passes --gpus all; the engine must know NVIDIA&apos;s runtime hook or CDI devices.</source>
        <translation>BOINC 的 docker_wrapper 会传递 --gpus all；容器引擎必须知道 NVIDIA 的运行时钩子或 CDI 设备。</translation>
    </message>
    <message>
        <source>CDI is off in the engine</source>
        <translation>容器引擎中的 CDI 已关闭</translation>
    </message>
    <message>
        <source>The engine reports no CDI spec directories.</source>
        <translation>容器引擎没有报告任何 CDI 规范目录。</translation>
    </message>
    <message>
        <source>Add &quot;features&quot;: {&quot;cdi&quot;: true} to /etc/docker/daemon.json, then: sudo systemctl restart docker</source>
        <translation>在 /etc/docker/daemon.json 中加入 &quot;features&quot;: {&quot;cdi&quot;: true}，然后：sudo systemctl restart docker</translation>
    </message>
    <message numerus="yes">
        <source>%n CDI spec(s) cannot be used</source>
        <translation>
            <numerusform>%n 个 CDI 规范无法使用</numerusform>
        </translation>
    </message>
    <message>
        <source>CDI devices on disk: %1</source>
        <translation>磁盘上的 CDI 设备：%1</translation>
    </message>
    <message>
        <source>No CDI spec for the NVIDIA GPUs</source>
        <translation>没有适用于 NVIDIA GPU 的 CDI 规范</translation>
    </message>
    <message>
        <source>Podman gives GPUs to containers through CDI only; Docker 25+ can too.</source>
        <translation>Podman 只能通过 CDI 为容器提供 GPU；Docker 25+ 也可以使用 CDI。</translation>
    </message>
    <message>
        <source>%1 names other GPUs than the driver sees (stale after a driver upgrade?)</source>
        <translation>%1 列出的 GPU 与驱动程序看到的不同（驱动程序升级后已过时？）</translation>
    </message>
    <message numerus="yes">
        <source>The spec names %1; the driver sees %n GPU(s).</source>
        <translation>
            <numerusform>该规范列出了 %1；驱动程序看到 %n 个 GPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CDI specs match the GPUs the driver sees</source>
        <translation>CDI 规范与驱动程序看到的 GPU 一致</translation>
    </message>
    <message>
        <source>AMD GPU present: BOINC sends no container GPU work for AMD</source>
        <translation>存在 AMD GPU：BOINC 不会为 AMD 分发容器 GPU 工作</translation>
    </message>
    <message>
        <source>/dev/kfd: %1; render nodes: %2; user %3 in video and render: %4</source>
        <translation>/dev/kfd：%1；渲染节点：%2；用户 %3 在 video 和 render 组中：%4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Intel GPU present: BOINC sends no container GPU work for Intel</source>
        <translation>存在 Intel GPU：BOINC 不会为 Intel 分发容器 GPU 工作</translation>
    </message>
    <message>
        <source>%1 not found (%2)</source>
        <translation>未找到 %1（%2）</translation>
    </message>
    <message>
        <source>%1 has no nvmlInit_v2</source>
        <translation>%1 中没有 nvmlInit_v2</translation>
    </message>
    <message>
        <source>%1 lacks cuInit, cuDriverGetVersion or cuDeviceGetCount</source>
        <translation>%1 缺少 cuInit、cuDriverGetVersion 或 cuDeviceGetCount</translation>
    </message>
    <message>
        <source>cuInit failed with CUDA error %1</source>
        <translation>cuInit 失败，CUDA 错误 %1</translation>
    </message>
    <message>
        <source>nvidia-smi exited with status %1</source>
        <translation>nvidia-smi 退出，状态码 %1</translation>
    </message>
    <message>
        <source>nvidia-smi lists no GPU</source>
        <translation>nvidia-smi 没有列出任何 GPU</translation>
    </message>
    <message>
        <source>%1 not supported in WSL (no WSL distro reports a &apos;%2&apos; GPU with %3)</source>
        <translation>WSL 中不支持 %1（没有 WSL 发行版报告带有 %3 的 &apos;%2&apos; GPU）</translation>
    </message>
    <message>
        <source>OpenCL device version required min: %1, supplied: %2 (&apos;%3&apos;)</source>
        <translation>OpenCL 设备版本要求最低：%1，实际：%2（&apos;%3&apos;）</translation>
    </message>
    <message>
        <source>OpenCL device version required max: %1, supplied: %2 (&apos;%3&apos;)</source>
        <translation>OpenCL 设备版本要求最高：%1，实际：%2（&apos;%3&apos;）</translation>
    </message>
    <message>
        <source>OpenCL driver revision required min: %1, supplied: %2</source>
        <translation>OpenCL 驱动修订版本要求最低：%1，实际：%2</translation>
    </message>
    <message>
        <source>OpenCL driver revision required max: %1, supplied: %2</source>
        <translation>OpenCL 驱动修订版本要求最高：%1，实际：%2</translation>
    </message>
    <message>
        <source>Device (or driver) doesn&apos;t support double precision fp math</source>
        <translation>设备（或驱动程序）不支持双精度浮点运算</translation>
    </message>
    <message>
        <source>No AMD GPUs found</source>
        <translation>未找到 AMD GPU</translation>
    </message>
    <message>
        <source>ATI libraries not found</source>
        <translation>未找到 ATI 库</translation>
    </message>
    <message>
        <source>AMD libraries not found</source>
        <translation>未找到 AMD 库</translation>
    </message>
    <message>
        <source>OpenCL detected: this plan class is restricted to CAL-only GPUs</source>
        <translation>检测到 OpenCL：此计划类仅限只支持 CAL 的 GPU</translation>
    </message>
    <message>
        <source>CAL target less than minimum (%1 &lt; %2)</source>
        <translation>CAL 目标低于最低要求（%1 &lt; %2）</translation>
    </message>
    <message>
        <source>CAL target greater than maximum (%1 &gt; %2)</source>
        <translation>CAL 目标高于最高要求（%1 &gt; %2）</translation>
    </message>
    <message>
        <source>Driver version &apos;%1&apos; couldn&apos;t be parsed</source>
        <translation>无法解析驱动程序版本 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>AMD GPU</source>
        <translation>AMD GPU</translation>
    </message>
    <message>
        <source>No NVIDIA GPUs found</source>
        <translation>未找到 NVIDIA GPU</translation>
    </message>
    <message>
        <source>NVIDIA compute capability required min: %1, supplied: %2 (%3.%4)</source>
        <translation>NVIDIA 计算能力要求最低：%1，实际：%2（%3.%4）</translation>
    </message>
    <message>
        <source>CUDA compute capability required max: %1, supplied: %2 (%3.%4)</source>
        <translation>CUDA 计算能力要求最高：%1，实际：%2（%3.%4）</translation>
    </message>
    <message>
        <source>CUDA version required min: %1, supplied: %2</source>
        <translation>CUDA 版本要求最低：%1，实际：%2</translation>
    </message>
    <message>
        <source>CUDA version required max: %1, supplied: %2</source>
        <translation>CUDA 版本要求最高：%1，实际：%2</translation>
    </message>
    <message>
        <source>NVIDIA GPU</source>
        <translation>NVIDIA GPU</translation>
    </message>
    <message>
        <source>No Intel GPUs found</source>
        <translation>未找到 Intel GPU</translation>
    </message>
    <message>
        <source>Intel GPU</source>
        <translation>Intel GPU</translation>
    </message>
    <message>
        <source>No Apple GPUs found</source>
        <translation>未找到 Apple GPU</translation>
    </message>
    <message>
        <source>Metal support level required min: %1, supplied: %2</source>
        <translation>Metal 支持级别要求最低：%1，实际：%2</translation>
    </message>
    <message>
        <source>No GPU type matches gpu_type_regex &apos;%1&apos;</source>
        <translation>没有与 gpu_type_regex &apos;%1&apos; 匹配的 GPU 类型</translation>
    </message>
    <message>
        <source>No %1 found</source>
        <translation>未找到 %1</translation>
    </message>
    <message>
        <source>OpenCL %1 GPU</source>
        <translation>OpenCL %1 GPU</translation>
    </message>
    <message>
        <source>GPU RAM required min: %1 MB, supplied: %2 MB</source>
        <translation>GPU 显存要求最低：%1 MB，实际：%2 MB</translation>
    </message>
    <message>
        <source>Driver version required min: %1, supplied: %2</source>
        <translation>驱动程序版本要求最低：%1，实际：%2</translation>
    </message>
    <message>
        <source>Driver version required max: %1, supplied: %2</source>
        <translation>驱动程序版本要求最高：%1，实际：%2</translation>
    </message>
    <message>
        <source>GPU peak FLOPS too low (%1 &lt; %2)</source>
        <translation>GPU 峰值 FLOPS 过低（%1 &lt; %2）</translation>
    </message>
    <message>
        <source>GPU peak FLOPS too high (%1 &gt; %2)</source>
        <translation>GPU 峰值 FLOPS 过高（%1 &gt; %2）</translation>
    </message>
    <message>
        <source>Insufficient multicore RAM: the plan class needs %1 MB, BOINC may use %2 MB</source>
        <translation>多核内存不足：该计划类需要 %1 MB，BOINC 可以使用 %2 MB</translation>
    </message>
    <message>
        <source>GPU doesn&apos;t support OpenCL</source>
        <translation>GPU 不支持 OpenCL</translation>
    </message>
    <message>
        <source>CPU doesn&apos;t support OpenCL</source>
        <translation>CPU 不支持 OpenCL</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>CPU lacks feature &apos;%1&apos;</source>
        <translation>CPU 缺少特性 &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (the scheduler compares it with lower-case CPU flags, so &apos;%1&apos; can never match; the plan class should say &apos;%2&apos;)</source>
        <translation> （调度器会将其与小写的 CPU 标志进行比较，因此 &apos;%1&apos; 永远无法匹配；计划类中应写作 &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>OS version &apos;%1&apos; does not match os_regex &apos;%2&apos;</source>
        <translation>操作系统版本 &apos;%1&apos; 与 os_regex &apos;%2&apos; 不匹配</translation>
    </message>
    <message>
        <source>Can&apos;t determine numerical OS version &apos;%1&apos;</source>
        <translation>无法确定数字形式的操作系统版本 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>OS version &apos;%1&apos; too low (%2 &lt; %3)</source>
        <translation>操作系统版本 &apos;%1&apos; 过低（%2 &lt; %3）</translation>
    </message>
    <message>
        <source>OS version &apos;%1&apos; too high (%2 &gt; %3)</source>
        <translation>操作系统版本 &apos;%1&apos; 过高（%2 &gt; %3）</translation>
    </message>
    <message>
        <source>Android only: this computer runs %1</source>
        <translation>仅限 Android：这台计算机运行的是 %1</translation>
    </message>
    <message>
        <source>Can&apos;t determine numerical Android version &apos;%1&apos;</source>
        <translation>无法确定数字形式的 Android 版本 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Android version &apos;%1&apos; too low (%2 &lt; %3)</source>
        <translation>Android 版本 &apos;%1&apos; 过低（%2 &lt; %3）</translation>
    </message>
    <message>
        <source>Android version &apos;%1&apos; too high (%2 &gt; %3)</source>
        <translation>Android 版本 &apos;%1&apos; 过高（%2 &gt; %3）</translation>
    </message>
    <message>
        <source>libc version too low: the plan class needs %1, this computer reports %2</source>
        <translation>libc 版本过低：该计划类需要 %1，这台计算机报告的是 %2</translation>
    </message>
    <message>
        <source> (the scheduler reads libc from the Windows OS version, which has none, even for WSL and Docker classes)</source>
        <translation> （调度器从 Windows 操作系统版本中读取 libc，而其中并没有 libc 信息，即使是 WSL 和 Docker 计划类也是如此）</translation>
    </message>
    <message>
        <source>CPU vendor &apos;%1&apos; does not match cpu_vendor_regex &apos;%2&apos;</source>
        <translation>CPU 厂商 &apos;%1&apos; 与 cpu_vendor_regex &apos;%2&apos; 不匹配</translation>
    </message>
    <message>
        <source>CPU model &apos;%1&apos; does not match cpu_model_regex &apos;%2&apos;</source>
        <translation>CPU 型号 &apos;%1&apos; 与 cpu_model_regex &apos;%2&apos; 不匹配</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>A newer BOINC may be required for some tasks (needs %1 or later, this client is %2)</source>
        <translation>某些任务可能需要更新版本的 BOINC（需要 %1 或更高版本，此客户端为 %2）</translation>
    </message>
    <message>
        <source>Need older BOINC core client (at most %1, this client is %2)</source>
        <translation>需要较旧的 BOINC 核心客户端（最高 %1，此客户端为 %2）</translation>
    </message>
    <message>
        <source>Not enough CPUs: the plan class needs %1, this computer offers %2</source>
        <translation>CPU 数量不足：该计划类需要 %1 个，这台计算机提供 %2 个</translation>
    </message>
    <message>
        <source> (of %1, as the computing preferences allow %2 %)</source>
        <translation> （共 %1 个，计算偏好设置允许使用 %2 %）</translation>
    </message>
    <message>
        <source>BOINC client 7.0+ required for Virtualbox jobs</source>
        <translation>VirtualBox 作业需要 BOINC 客户端 7.0 或更高版本</translation>
    </message>
    <message>
        <source>VirtualBox is not installed</source>
        <translation>未安装 VirtualBox</translation>
    </message>
    <message>
        <source>VirtualBox is not usable (the client reports &apos;%1&apos;)</source>
        <translation>VirtualBox 不可用（客户端报告 &apos;%1&apos;）</translation>
    </message>
    <message>
        <source>VirtualBox version &apos;%1&apos; cannot be read</source>
        <translation>无法读取 VirtualBox 版本 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>VirtualBox version too low: needs %1, this computer has %2</source>
        <translation>VirtualBox 版本过低：需要 %1，这台计算机上为 %2</translation>
    </message>
    <message>
        <source>VirtualBox version too high: at most %1, this computer has %2</source>
        <translation>VirtualBox 版本过高：最高 %1，这台计算机上为 %2</translation>
    </message>
    <message>
        <source>VirtualBox version %1 is excluded by this plan class</source>
        <translation>此计划类排除了 VirtualBox 版本 %1</translation>
    </message>
    <message>
        <source>Missing VM hardware acceleration: the client reports it disabled (p_vm_extensions_disabled)</source>
        <translation>缺少虚拟机硬件加速：客户端报告其已被禁用（p_vm_extensions_disabled）</translation>
    </message>
    <message>
        <source>Missing VM hardware acceleration: the CPU features have neither vmx nor svm</source>
        <translation>缺少虚拟机硬件加速：CPU 特性中既没有 vmx 也没有 svm</translation>
    </message>
    <message>
        <source>A 64-bit VirtualBox version, but this client&apos;s platform is %1</source>
        <translation>VirtualBox 为 64 位版本，但此客户端的平台是 %1</translation>
    </message>
    <message>
        <source>A 32-bit VirtualBox version, but this client&apos;s platform is %1 (64-bit)</source>
        <translation>VirtualBox 为 32 位版本，但此客户端的平台是 %1（64 位）</translation>
    </message>
    <message>
        <source>No WSL distros found</source>
        <translation>未找到 WSL 发行版</translation>
    </message>
    <message>
        <source>Current BOINC WSL distro needed (boinc-buda-runner version %1 or later; this computer has %2)</source>
        <translation>Current BOINC WSL distro needed（需要最新的 BOINC WSL 发行版：boinc-buda-runner 版本 %1 或更高；这台计算机上为 %2）</translation>
    </message>
    <message>
        <source>Docker jobs need 8.2.6+ client (this client is %1)</source>
        <translation>Docker jobs need 8.2.6+ client（Docker 作业需要 8.2.6 或更高版本的客户端；此客户端为 %1）</translation>
    </message>
    <message>
        <source>the scheduler skips this class at random %1 % of the time</source>
        <translation>调度器会随机跳过此计划类，概率为 %1 %</translation>
    </message>
    <message>
        <source>only user ID %1 gets this class</source>
        <translation>只有用户 ID %1 能获得此计划类</translation>
    </message>
    <message>
        <source>only some jobs or batches use this class (job and batch ID limits)</source>
        <translation>只有部分作业或批次使用此计划类（作业和批次 ID 限制）</translation>
    </message>
    <message>
        <source>the project preference &lt;%1&gt; must match &apos;%2&apos; when it is set</source>
        <translation>设置了项目偏好设置 &lt;%1&gt; 时，它必须与 &apos;%2&apos; 匹配</translation>
    </message>
    <message>
        <source>the project preference &lt;%1&gt; must be set and match &apos;%2&apos;</source>
        <translation>必须设置项目偏好设置 &lt;%1&gt;，且其必须与 &apos;%2&apos; 匹配</translation>
    </message>
    <message>
        <source>The scheduler cannot load this plan class file: %1 is not a valid regular expression</source>
        <translation>调度器无法加载此计划类文件：%1 不是有效的正则表达式</translation>
    </message>
    <message>
        <source>the client&apos;s cc_config.xml could not be read, so dont_use_docker and dont_use_wsl are taken as unset</source>
        <translation>无法读取客户端的 cc_config.xml，因此视为未设置 dont_use_docker 和 dont_use_wsl</translation>
    </message>
    <message>
        <source>the client&apos;s platform is unknown, so &lt;is64bit&gt; was not checked</source>
        <translation>客户端的平台未知，因此未检查 &lt;is64bit&gt;</translation>
    </message>
    <message>
        <source>not judged here: %1</source>
        <translation>此处未判断：%1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 大于 %2 字节</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回了 HTTP %2</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a Location</source>
        <translation>%1 返回了 HTTP %2，但没有 Location</translation>
    </message>
    <message>
        <source>%1: too many redirects</source>
        <translation>%1：重定向次数过多</translation>
    </message>
    <message>
        <source>%1 returned an empty document (HTTP %2)</source>
        <translation>%1 返回了空文档（HTTP %2）</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation>%1 不是 http(s) URL</translation>
    </message>
    <message>
        <source>line %1: plan class &apos;%2&apos;: &lt;%3&gt; &apos;%4&apos; is not a number; the scheduler ignores it</source>
        <translation>第 %1 行：计划类 &apos;%2&apos;：&lt;%3&gt; &apos;%4&apos; 不是数字；调度器会忽略它</translation>
    </message>
    <message>
        <source>line %1: plan class &apos;%2&apos;: unknown element &lt;%3&gt;, which the scheduler ignores</source>
        <translation>第 %1 行：计划类 &apos;%2&apos;：未知元素 &lt;%3&gt;，调度器会忽略它</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is not XML (%2)</source>
        <translation>%1 不是 XML（%2）</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (%2); it was read tag by tag, as the scheduler reads it</source>
        <translation>%1 不是格式良好的 XML（%2）；已像调度器那样逐个标签读取</translation>
    </message>
    <message>
        <source>%1 is not a plan class file: its root element is &lt;%2&gt;, not &lt;plan_classes&gt;</source>
        <translation>%1 不是计划类文件：其根元素是 &lt;%2&gt;，而不是 &lt;plan_classes&gt;</translation>
    </message>
    <message>
        <source>line %1: a plan class without &lt;name&gt;</source>
        <translation>第 %1 行：计划类缺少 &lt;name&gt;</translation>
    </message>
    <message>
        <source>line %1: plan class &apos;%2&apos; is defined again; the scheduler uses the first definition</source>
        <translation>第 %1 行：计划类 &apos;%2&apos; 被重复定义；调度器使用第一个定义</translation>
    </message>
    <message>
        <source>line %1: plan class &apos;%2&apos;: %3 is not a valid regular expression; the scheduler refuses to load this file</source>
        <translation>第 %1 行：计划类 &apos;%2&apos;：%3 不是有效的正则表达式；调度器会拒绝加载此文件</translation>
    </message>
    <message>
        <source>%1 has no &lt;plan_class&gt; elements</source>
        <translation>%1 中没有 &lt;plan_class&gt; 元素</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有响应</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <source>BOINC container readiness of %1</source>
        <translation>%1 的 BOINC 容器就绪情况</translation>
    </message>
    <message>
        <source>This computer qualifies for Docker/Podman jobs.</source>
        <translation>这台计算机符合 Docker/Podman 作业的条件。</translation>
    </message>
    <message>
        <source>This computer does not qualify for Docker/Podman jobs.</source>
        <translation>这台计算机不符合 Docker/Podman 作业的条件。</translation>
    </message>
    <message>
        <source>Docker/Podman jobs (CPU)</source>
        <translation>Docker/Podman 作业（CPU）</translation>
    </message>
    <message>
        <source>Docker/Podman jobs on NVIDIA GPUs</source>
        <translation>NVIDIA GPU 上的 Docker/Podman 作业</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <source>Plan classes of %1</source>
        <translation>%1 的计划类</translation>
    </message>
    <message>
        <source>Made by boinc-docker-manager %1 on %2</source>
        <translation>由 boinc-docker-manager %1 于 %2 生成</translation>
    </message>
    <message>
        <source>Asking the BOINC client to detect Docker/Podman again…</source>
        <translation>正在请求 BOINC 客户端重新检测 Docker/Podman…</translation>
    </message>
    <message>
        <source>Asking the BOINC client and looking for the container engine…</source>
        <translation>正在询问 BOINC 客户端并查找容器引擎…</translation>
    </message>
    <message>
        <source>Examining this computer…</source>
        <translation>正在检查这台计算机…</translation>
    </message>
    <message>
        <source>Plan classes are judged on what the client reports, and no client answered.</source>
        <translation>计划类根据客户端报告的信息进行判断，但没有客户端响应。</translation>
    </message>
    <message>
        <source>Judging…</source>
        <translation>正在判断…</translation>
    </message>
    <message>
        <source>Remote client: its engine and GPUs are on %1, not examined from here</source>
        <translation>远程客户端：其容器引擎和 GPU 位于 %1，未从这里检查</translation>
    </message>
    <message>
        <source>No container engine to run a test container on</source>
        <translation>没有可用来运行测试容器的容器引擎</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>container images</source>
        <translation>容器镜像</translation>
    </message>
    <message>
        <source>BOINC&apos;s data</source>
        <translation>BOINC 的数据</translation>
    </message>
    <message>
        <source>Free disk for %1 unknown</source>
        <translation>%1 的可用磁盘空间未知</translation>
    </message>
    <message>
        <source>%1 free of %2 for %3 (%4)</source>
        <translation>%3：%2 中有 %1 可用（%4）</translation>
    </message>
    <message>
        <source>Free space on the filesystem of %1 (e.g. remove unused images: podman image prune / docker image prune)</source>
        <translation>%1 所在文件系统的可用空间（例如删除未使用的镜像：podman image prune / docker image prune）</translation>
    </message>
    <message>
        <source>Under 1 GB: images cannot be pulled.</source>
        <translation>不足 1 GB：无法拉取镜像。</translation>
    </message>
    <message>
        <source>Under 10 GB: a CUDA image alone takes several GB.</source>
        <translation>不足 10 GB：仅一个 CUDA 镜像就要占用数 GB。</translation>
    </message>
    <message>
        <source>Memory unknown</source>
        <translation>内存未知</translation>
    </message>
    <message>
        <source>%1 memory, %2 available</source>
        <translation>内存 %1，可用 %2</translation>
    </message>
    <message>
        <source>Under 1 GiB available: containers may be killed for memory.</source>
        <translation>可用内存不足 1 GiB：容器可能因内存不足而被终止。</translation>
    </message>
    <message>
        <source>CPU count unknown</source>
        <translation>CPU 数量未知</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n 个 CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Intel VT-x (vmx)</source>
        <translation>Intel VT-x (vmx)</translation>
    </message>
    <message>
        <source>AMD-V (svm)</source>
        <translation>AMD-V (svm)</translation>
    </message>
    <message>
        <source>this computer is a virtual machine</source>
        <translation>这台计算机是虚拟机</translation>
    </message>
    <message>
        <source>No hardware virtualization flags</source>
        <translation>没有硬件虚拟化标志</translation>
    </message>
    <message>
        <source>Virtualization: %1</source>
        <translation>虚拟化：%1</translation>
    </message>
    <message>
        <source>Containers do not need hardware virtualization; VirtualBox jobs do.</source>
        <translation>容器不需要硬件虚拟化；VirtualBox 作业需要。</translation>
    </message>
    <message>
        <source>BOINC client refused the password</source>
        <translation>BOINC 客户端拒绝了密码</translation>
    </message>
    <message>
        <source>BOINC client not reachable</source>
        <translation>无法连接 BOINC 客户端</translation>
    </message>
    <message>
        <source>%1: %2. Only the client can report Docker to a project.</source>
        <translation>%1：%2。只有客户端才能向项目报告 Docker。</translation>
    </message>
    <message>
        <source>The client found no running Podman machine.</source>
        <translation>客户端没有找到正在运行的 Podman 虚拟机。</translation>
    </message>
    <message>
        <source>The client found no working Podman or Docker on that host.</source>
        <translation>客户端在该主机上没有找到可用的 Podman 或 Docker。</translation>
    </message>
    <message>
        <source>Neither podman nor docker is installed on this computer.</source>
        <translation>这台计算机上没有安装 podman 或 docker。</translation>
    </message>
    <message>
        <source>%1 is installed, but the client&apos;s user cannot use it: %2</source>
        <translation>已安装 %1，但客户端的用户无法使用它：%2</translation>
    </message>
    <message>
        <source>
then Check again (the client re-runs its detection)</source>
        <translation>
然后点击“再次检查”（客户端会重新运行检测）</translation>
    </message>
    <message>
        <source>%1 is installed, but the client&apos;s own test (`run --rm hello-world` as its user) failed or was never run since the engine was installed.</source>
        <translation>已安装 %1，但客户端自身的测试（以其用户身份运行 `run --rm hello-world`）失败了，或者自安装容器引擎以来从未运行过。</translation>
    </message>
    <message>
        <source>Check again (the client re-runs its detection); if it still fails, try: sudo -u boinc podman run --rm hello-world</source>
        <translation>点击“再次检查”（客户端会重新运行检测）；如果仍然失败，请尝试：sudo -u boinc podman run --rm hello-world</translation>
    </message>
    <message>
        <source>&lt;dont_use_wsl&gt; is set in cc_config.xml.</source>
        <translation>cc_config.xml 中设置了 &lt;dont_use_wsl&gt;。</translation>
    </message>
    <message>
        <source>The client reports %1 %2 in WSL distro %3</source>
        <translation>客户端报告 WSL 发行版 %3 中有 %1 %2</translation>
    </message>
    <message>
        <source>The client reported no WSL distros (it skips WSL when it runs as a service).</source>
        <translation>客户端没有报告任何 WSL 发行版（作为服务运行时会跳过 WSL）。</translation>
    </message>
    <message>
        <source>No allowed WSL distro has Podman or Docker.</source>
        <translation>没有任何允许使用的 WSL 发行版装有 Podman 或 Docker。</translation>
    </message>
    <message>
        <source>&lt;dont_use_docker&gt; is set in cc_config.xml (%1).</source>
        <translation>cc_config.xml 中设置了 &lt;dont_use_docker&gt;（%1）。</translation>
    </message>
    <message>
        <source>Remove &lt;dont_use_docker/&gt; from cc_config.xml, then: boinccmd --read_cc_config</source>
        <translation>请从 cc_config.xml 中删除 &lt;dont_use_docker/&gt;，然后：boinccmd --read_cc_config</translation>
    </message>
    <message>
        <source>BOINC %1 never reports Docker or Podman: that needs 8.2.0 or later, whatever engine is installed.</source>
        <translation>BOINC %1 从不报告 Docker 或 Podman：无论安装了什么容器引擎，都需要 8.2.0 或更高版本。</translation>
    </message>
    <message>
        <source>Docker jobs need 8.2.6+ client</source>
        <translation>Docker jobs need 8.2.6+ client（Docker 作业需要 8.2.6 或更高版本的客户端）</translation>
    </message>
    <message>
        <source>This is BOINC %1 on macOS.</source>
        <translation>这是 macOS 上的 BOINC %1。</translation>
    </message>
    <message>
        <source>GPU container jobs need CPU container jobs first.</source>
        <translation>要运行 GPU 容器作业，首先要能运行 CPU 容器作业。</translation>
    </message>
    <message>
        <source>GPU container jobs are not available on macOS</source>
        <translation>GPU 容器作业在 macOS 上不可用</translation>
    </message>
    <message>
        <source>Podman on macOS exposes no CUDA device to containers.</source>
        <translation>macOS 上的 Podman 不会向容器提供任何 CUDA 设备。</translation>
    </message>
    <message>
        <source>Current BOINC WSL distro needed</source>
        <translation>Current BOINC WSL distro needed（需要最新的 BOINC WSL 发行版）</translation>
    </message>
    <message>
        <source>GPU container jobs need boinc-buda-runner version %1 or later (found %2).</source>
        <translation>GPU 容器作业需要 boinc-buda-runner 版本 %1 或更高（找到的是 %2）。</translation>
    </message>
    <message>
        <source>The BOINC WSL distro reports an NVIDIA GPU with CUDA</source>
        <translation>BOINC WSL 发行版报告了支持 CUDA 的 NVIDIA GPU</translation>
    </message>
    <message>
        <source>No NVIDIA GPU with CUDA in the BOINC WSL distro</source>
        <translation>BOINC WSL 发行版中没有支持 CUDA 的 NVIDIA GPU</translation>
    </message>
    <message>
        <source>The distro&apos;s gpus.json lists no NVIDIA GPU with has_cuda.</source>
        <translation>该发行版的 gpus.json 中没有列出带 has_cuda 的 NVIDIA GPU。</translation>
    </message>
    <message>
        <source>Install the current NVIDIA Windows driver (it brings CUDA to WSL), then update the BOINC WSL distro</source>
        <translation>请安装最新的 NVIDIA Windows 驱动程序（它会为 WSL 提供 CUDA），然后更新 BOINC WSL 发行版</translation>
    </message>
    <message>
        <source>No NVIDIA GPU with CUDA reported by the client</source>
        <translation>客户端没有报告支持 CUDA 的 NVIDIA GPU</translation>
    </message>
    <message numerus="yes">
        <source>The driver here sees %n NVIDIA GPU(s), but the client reports none: it may have started before the driver, or cannot load libcuda.</source>
        <translation>
            <numerusform>这里的驱动程序能看到 %n 个 NVIDIA GPU，但客户端没有报告任何 GPU：客户端可能在驱动程序之前就已启动，或者无法加载 libcuda。</numerusform>
        </translation>
    </message>
    <message>
        <source>No NVIDIA driver or GPU was found on this computer either.</source>
        <translation>在这台计算机上也没有找到 NVIDIA 驱动程序或 GPU。</translation>
    </message>
    <message>
        <source>Install the NVIDIA driver (sudo apt install nvidia-driver) and restart</source>
        <translation>请安装 NVIDIA 驱动程序（sudo apt install nvidia-driver）并重启</translation>
    </message>
    <message>
        <source>The container engine cannot give containers the GPU</source>
        <translation>容器引擎无法为容器提供 GPU</translation>
    </message>
    <message>
        <source>The client reports %1, but the engine has neither the nvidia runtime nor CDI GPU devices, so `--gpus all` fails inside the job.</source>
        <translation>客户端报告了 %1，但容器引擎既没有 nvidia 运行时，也没有 CDI GPU 设备，因此 `--gpus all` 在作业中会失败。</translation>
    </message>
    <message>
        <source>The client reports %1 × %2 (CUDA %3)</source>
        <translation>客户端报告了 %1 × %2（CUDA %3）</translation>
    </message>
    <message>
        <source>The engine&apos;s GPU wiring could not be checked from here.</source>
        <translation>无法从这里检查容器引擎的 GPU 配置。</translation>
    </message>
    <message>
        <source>No plan class requires Compose today; the scheduler does not check it.</source>
        <translation>目前没有计划类要求 Compose；调度器不会检查它。</translation>
    </message>
    <message>
        <source>Compose not reported</source>
        <translation>未报告 Compose</translation>
    </message>
    <message>
        <source>%1 is installed here, but the client only understands `docker compose version` (the v2 plugin). %2</source>
        <translation>这里安装了 %1，但客户端只识别 `docker compose version`（v2 插件）。%2</translation>
    </message>
    <message>
        <source>Install the Compose v2 plugin (docker-compose-plugin from Docker&apos;s repository)</source>
        <translation>请安装 Compose v2 插件（Docker 软件源中的 docker-compose-plugin）</translation>
    </message>
    <message>
        <source>Docker/Podman</source>
        <translation>Docker/Podman</translation>
    </message>
    <message>
        <source>WSL</source>
        <translation>WSL</translation>
    </message>
    <message>
        <source>VirtualBox</source>
        <translation>VirtualBox</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU：%1</translation>
    </message>
    <message>
        <source>, at least %1 MB</source>
        <translation>，至少 %1 MB</translation>
    </message>
    <message>
        <source>, driver %1 or later</source>
        <translation>，驱动 %1 或更高版本</translation>
    </message>
    <message>
        <source>at least %1 CPUs</source>
        <translation>至少 %1 个 CPU</translation>
    </message>
    <message>
        <source>no container or GPU needs</source>
        <translation>无容器或 GPU 需求</translation>
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
    <name>SecretStore</name>
    <message>
        <source>no password is stored in the keychain for this host</source>
        <translation>密钥环中没有保存此主机的密码</translation>
    </message>
    <message>
        <source>no keychain service is available (%1); on Linux a Secret Service such as GNOME Keyring or KWallet must be running in this session</source>
        <translation>没有可用的密钥环服务（%1）；在 Linux 上，本会话中必须运行有 Secret Service，例如 GNOME Keyring 或 KWallet</translation>
    </message>
    <message>
        <source>the keychain refused access (%1); unlock it and try again</source>
        <translation>密钥环拒绝访问（%1）；请解锁后重试</translation>
    </message>
    <message>
        <source>keychain error: %1</source>
        <translation>密钥环错误：%1</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Cannot read the CA certificates in %1: %2</source>
        <translation>无法读取 %1 中的 CA 证书：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 is not a project URL (https://host/project/).</source>
        <translation>%1 不是项目 URL（https://host/project/）。</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No server status from %1: %2</source>
        <translation>未能从 %1 获取服务器状态：%2</translation>
    </message>
    <message>
        <source>%1 sent more than 4 MiB; not read.</source>
        <translation>%1 发送的内容超过 4 MiB，未读取。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not the XML of server_status.php (%1 at byte %2)</source>
        <translation>不是 server_status.php 的 XML（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>not a server status: the document is &lt;%1&gt;, not &lt;server_status&gt;</source>
        <translation>不是服务器状态：文档是 &lt;%1&gt;，而不是 &lt;server_status&gt;</translation>
    </message>
    <message>
        <source>the server answered with an HTML page (a login page or an error page?), not the XML of server_status.php?xml=1</source>
        <translation>服务器返回的是 HTML 页面（登录页或错误页？），而不是 server_status.php?xml=1 的 XML</translation>
    </message>
    <message>
        <source>bin/status exited with status %1: %2</source>
        <translation>bin/status 以状态 %1 退出：%2</translation>
    </message>
    <message>
        <source>(it printed nothing)</source>
        <translation>（它没有输出任何内容）</translation>
    </message>
    <message>
        <source>Give the project host for SSH (user@host).</source>
        <translation>请给出用于 SSH 的项目主机（用户@主机）。</translation>
    </message>
    <message>
        <source>Give the project&apos;s absolute directory on the server (e.g. /home/boincadm/projects/myproject).</source>
        <translation>请给出项目在服务器上的绝对目录（例如 /home/boincadm/projects/myproject）。</translation>
    </message>
    <message>
        <source>There is no project directory %1 on the server: %2</source>
        <translation>服务器上没有项目目录 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no bin/status: is it a BOINC project directory?</source>
        <translation>%1 中没有 bin/status：这是 BOINC 项目目录吗？</translation>
    </message>
    <message>
        <source>Reading the server&apos;s status failed (exit status %1): %2</source>
        <translation>读取服务器状态失败（退出状态 %1）：%2</translation>
    </message>
</context>
<context>
    <name>SocketAdvice</name>
    <message>
        <source>Something else answers at %1: it is not a Docker or Podman API. Check DOCKER_HOST or --engine.</source>
        <translation>%1 处有其他程序在应答：它不是 Docker 或 Podman API。请检查 DOCKER_HOST 或 --engine。</translation>
    </message>
    <message>
        <source>The engine at %1 accepted the connection but did not answer: it may be hung or overloaded; restart it.</source>
        <translation>%1 处的容器引擎接受了连接但没有应答：它可能已卡死或负载过重；请重启它。</translation>
    </message>
    <message>
        <source>Named pipes are opened by the docker CLI on Windows only; use --engine cli:docker there.</source>
        <translation>只有在 Windows 上，docker 命令行工具才会打开命名管道；请在那里使用 --engine cli:docker。</translation>
    </message>
    <message>
        <source>%1 is in the runtime directory of user %2 (/run/user/%3), which no other user can open. Run this as root (sudo boinc-docker ...) or as that user (sudo -u %2 boinc-docker ...). If the socket is not enabled yet: %4</source>
        <translation>%1 位于用户 %2 的运行时目录（/run/user/%3）中，其他用户无法打开。请以 root 身份运行（sudo boinc-docker ...）或以该用户身份运行（sudo -u %2 boinc-docker ...）。如果套接字尚未启用：%4</translation>
    </message>
    <message>
        <source>Rootful Podman&apos;s socket belongs to root. Run with sudo, or let a group open it: sudo groupadd -f podman; sudo usermod -aG podman $USER; sudo systemctl edit podman.socket (add [Socket] SocketGroup=podman and SocketMode=0660); sudo systemctl restart podman.socket; then log out and in again.</source>
        <translation>有根 (rootful) Podman 的套接字属于 root。请使用 sudo 运行，或者允许某个组打开它：sudo groupadd -f podman; sudo usermod -aG podman $USER; sudo systemctl edit podman.socket（添加 [Socket] SocketGroup=podman 和 SocketMode=0660）; sudo systemctl restart podman.socket；然后注销并重新登录。</translation>
    </message>
    <message>
        <source>%1 may be opened by members of group %2. Join it: sudo usermod -aG %2 $USER, then log out and in again (or run: newgrp %2). Members of %2 can control the engine as root can.</source>
        <translation>组 %2 的成员可以打开 %1。请加入该组：sudo usermod -aG %2 $USER，然后注销并重新登录（或运行：newgrp %2）。%2 的成员可以像 root 一样控制容器引擎。</translation>
    </message>
    <message>
        <source>%1 belongs to root alone. Run with sudo, or (Docker) create group docker and restart the engine: sudo groupadd -f docker; sudo usermod -aG docker $USER; sudo systemctl restart docker; then log out and in.</source>
        <translation>%1 仅属于 root。请使用 sudo 运行，或者（Docker）创建 docker 组并重启容器引擎：sudo groupadd -f docker; sudo usermod -aG docker $USER; sudo systemctl restart docker；然后注销并重新登录。</translation>
    </message>
    <message>
        <source>BOINC runs containers in the WSL distro boinc-buda-runner; install it as https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Windows describes.</source>
        <translation>BOINC 在 WSL 发行版 boinc-buda-runner 中运行容器；请按照 https://github.com/BOINC/boinc/wiki/Installing-Podman-on-Windows 中的说明安装它。</translation>
    </message>
    <message>
        <source>Install Podman, which BOINC prefers: sudo apt install podman (see %1).</source>
        <translation>请安装 BOINC 首选的 Podman：sudo apt install podman（参见 %1）。</translation>
    </message>
    <message>
        <source>BOINC&apos;s Podman (user %1) has no API socket. %2: %3</source>
        <translation>BOINC 的 Podman（用户 %1）没有 API 套接字。%2：%3</translation>
    </message>
    <message>
        <source>Its runtime directory does not exist, so enable lingering and the socket</source>
        <translation>其运行时目录不存在，因此请启用 lingering 和套接字</translation>
    </message>
    <message>
        <source>Enable the socket</source>
        <translation>启用套接字</translation>
    </message>
    <message>
        <source>%1 is left over but nothing listens: restart the socket: sudo -u %2 XDG_RUNTIME_DIR=/run/user/%3 systemctl --user restart podman.socket</source>
        <translation>%1 残留但无程序监听：请重启套接字：sudo -u %2 XDG_RUNTIME_DIR=/run/user/%3 systemctl --user restart podman.socket</translation>
    </message>
    <message>
        <source>%1 is left over but nothing listens: sudo systemctl restart podman.socket</source>
        <translation>%1 残留但无程序监听：sudo systemctl restart podman.socket</translation>
    </message>
    <message>
        <source>%1 is left over but nothing listens: the engine stopped. Start it: sudo systemctl start docker (rootless: systemctl --user start docker).</source>
        <translation>%1 残留但无程序监听：容器引擎已停止。请启动它：sudo systemctl start docker（无根 (rootless)：systemctl --user start docker）。</translation>
    </message>
    <message>
        <source>Nothing listens at %1: is the engine running there?</source>
        <translation>%1 处无程序监听：那里的容器引擎在运行吗？</translation>
    </message>
</context>
<context>
    <name>Submit</name>
    <message>
        <source>target.transport: give &quot;ssh&quot; or &quot;webrpc&quot;</source>
        <translation>target.transport：请填写 &quot;ssh&quot; 或 &quot;webrpc&quot;</translation>
    </message>
    <message>
        <source>the staged job script needs an absolute server path: %1</source>
        <translation>暂存的作业脚本需要服务器上的绝对路径：%1</translation>
    </message>
    <message>
        <source>input_files: &apos;%1&apos; is not an absolute server path without commas</source>
        <translation>input_files：“%1” 不是不含逗号的服务器绝对路径</translation>
    </message>
    <message>
        <source>outputs: &apos;%1&apos; cannot go into boinc2docker&apos;s comma-separated list</source>
        <translation>outputs：“%1” 无法放入 boinc2docker 的逗号分隔列表</translation>
    </message>
    <message>
        <source>image: &apos;%1&apos; cannot go into boinc2docker&apos;s --image list</source>
        <translation>image：“%1” 无法放入 boinc2docker 的 --image 列表</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown key (check the spelling)</source>
        <translation>未知的键（请检查拼写）</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>数字太大</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>应为字符串列表</translation>
    </message>
    <message>
        <source>expected a list of rows (lists of strings)</source>
        <translation>应为行列表（每行是一个字符串列表）</translation>
    </message>
    <message>
        <source>not valid JSON at %1 (%2)</source>
        <translation>%1 处不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>missing (this program writes %1)</source>
        <translation>缺失（本程序写入的是 %1）</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads %2)</source>
        <translation>不支持版本 %1（本程序读取的是 %2）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>contains a line break</source>
        <translation>包含换行符</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>包含 NUL 字符</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, and may not start with &apos;-&apos;</source>
        <translation>“%1” 只能包含字母、数字、“_”、“.” 和 “-”，且不能以 “-” 开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a comma, which boinc2docker takes as a list separator</source>
        <translation>“%1” 包含逗号，boinc2docker 会把逗号当作列表分隔符</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>没有此文件：%1</translation>
    </message>
    <message>
        <source>not a regular file: %1</source>
        <translation>不是普通文件：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1” 不是以下值之一：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a file name in the job&apos;s working directory</source>
        <translation>“%1” 不能用作作业工作目录中的文件名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a shipped image layer; rename it</source>
        <translation>“%1” 看起来像随附发送的镜像层；请重命名它</translation>
    </message>
    <message>
        <source>another input is also named &apos;%1&apos;; inside the job both would be the same file</source>
        <translation>另一个输入也名为 “%1”；在作业内部两者会是同一个文件</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain file name (no &apos;/&apos;, not &apos;.&apos; or &apos;..&apos;)</source>
        <translation>“%1” 不是普通文件名（不能含 “/”，也不能是 “.” 或 “..”）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>“%1” 被列出了两次</translation>
    </message>
    <message>
        <source>give exactly one of a command (argv list), a script, or a compose file</source>
        <translation>命令（argv 列表）、脚本和 compose 文件三者只能且必须给出其一</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image reference (name[:tag][@digest])</source>
        <translation>“%1” 不是镜像引用（name[:tag][@digest]）</translation>
    </message>
    <message>
        <source>a compose file pulls its own images; use &quot;registry&quot;</source>
        <translation>compose 文件会自行拉取镜像；请使用 &quot;registry&quot;</translation>
    </message>
    <message>
        <source>must be between 1 and 64</source>
        <translation>必须在 1 到 64 之间</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>expected digits and dots, e.g. 535.104</source>
        <translation>应为数字和点，例如 535.104</translation>
    </message>
    <message>
        <source>expected digits and dots, e.g. 12.2</source>
        <translation>应为数字和点，例如 12.2</translation>
    </message>
    <message>
        <source>use_cdi and min_cuda_version are for NVIDIA GPUs</source>
        <translation>use_cdi 和 min_cuda_version 仅适用于 NVIDIA GPU</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <source>must be at least min_quorum</source>
        <translation>必须不小于 min_quorum</translation>
    </message>
    <message>
        <source>result limits must not be negative</source>
        <translation>结果数量限制不能为负数</translation>
    </message>
    <message>
        <source>boinc2docker cannot set replication or priority; use the create_work mode</source>
        <translation>boinc2docker 无法设置副本数或优先级；请使用 create_work 模式</translation>
    </message>
    <message>
        <source>boinc2docker cannot set rsc_* bounds or the deadline; use the create_work mode</source>
        <translation>boinc2docker 无法设置 rsc_* 上限或截止时间；请使用 create_work 模式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be letters, digits and &apos;_&apos;, not starting with a digit</source>
        <translation>“%1” 只能由字母、数字和 “_” 组成，且不能以数字开头</translation>
    </message>
    <message>
        <source>no rows: give one row per job</source>
        <translation>没有行：请为每个作业提供一行</translation>
    </message>
    <message>
        <source>has %1 values, but there are %2 names</source>
        <translation>有 %1 个值，但有 %2 个名称</translation>
    </message>
    <message>
        <source>missing (user@host)</source>
        <translation>缺失（user@host）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not user@host</source>
        <translation>“%1” 不是 user@host 格式</translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation>必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>missing (the project&apos;s directory on the server)</source>
        <translation>缺失（服务器上的项目目录）</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>必须是绝对路径</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a container name</source>
        <translation>“%1” 不是容器名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user[:group]</source>
        <translation>“%1” 不是 user[:group] 格式</translation>
    </message>
    <message>
        <source>only used with docker_exec</source>
        <translation>仅用于 docker_exec</translation>
    </message>
    <message>
        <source>expected the project URL, https://host/project/</source>
        <translation>应为项目 URL，例如 https://host/project/</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot copy %1 into the test directory</source>
        <translation>无法将 %1 复制到测试目录</translation>
    </message>
    <message>
        <source>cannot write the job script: %1</source>
        <translation>无法写入作业脚本：%1</translation>
    </message>
    <message>
        <source>cannot write init_data.xml: %1</source>
        <translation>无法写入 init_data.xml：%1</translation>
    </message>
    <message>
        <source>a test run is already under way</source>
        <translation>已有一次测试运行正在进行</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>无法创建临时目录：%1</translation>
    </message>
    <message>
        <source>cannot start bash: %1</source>
        <translation>无法启动 bash：%1</translation>
    </message>
    <message>
        <source>the job script was killed</source>
        <translation>作业脚本被终止</translation>
    </message>
    <message>
        <source>&apos;%&apos; (cmd.exe expands variables even inside quotes)</source>
        <translation>“%”（即使在引号内，cmd.exe 也会展开变量）</translation>
    </message>
    <message>
        <source>&apos;!&apos; (expanded when delayed expansion is on)</source>
        <translation>“!”（启用延迟展开时会被展开）</translation>
    </message>
    <message>
        <source>&apos;^&apos; (cmd.exe&apos;s escape character)</source>
        <translation>“^”（cmd.exe 的转义字符）</translation>
    </message>
    <message>
        <source>&apos;&quot;&apos; (a double quote cannot be escaped inside a quoted word)</source>
        <translation>“&quot;”（在带引号的词中无法转义双引号）</translation>
    </message>
    <message>
        <source>a line break (it ends the command)</source>
        <translation>换行符（它会结束命令）</translation>
    </message>
    <message>
        <source>a control character (U+%1)</source>
        <translation>控制字符（U+%1）</translation>
    </message>
    <message>
        <source>cannot be used in a Windows .bat file: it contains %1</source>
        <translation>不能用于 Windows .bat 文件：其中包含 %1</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Uploading to the server failed.</source>
        <translation>上传到服务器失败。</translation>
    </message>
    <message>
        <source>Cannot read %1 on the server.</source>
        <translation>无法读取服务器上的 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This server has no bin/cancel_jobs, so its jobs cannot be aborted over SSH. Ask the project&apos;s administrator, or use the web RPC&apos;s abort.</source>
        <translation>此服务器上没有 bin/cancel_jobs，因此无法通过 SSH 中止其作业。请联系项目管理员，或使用 web RPC 的中止功能。</translation>
    </message>
    <message>
        <source>The server refused to abort the jobs.</source>
        <translation>服务器拒绝中止这些作业。</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>正在上传 %1</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>The staging directory %1 is missing on the server.</source>
        <translation>服务器上缺少暂存目录 %1。</translation>
    </message>
    <message>
        <source>An earlier try of this submission was interrupted on the server (%1); whether it created jobs is unknown, so it is not run again. Check the server.</source>
        <translation>此提交之前的一次尝试在服务器上被中断（%1）；无法确定它是否已创建作业，因此不会再次运行。请检查服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s reply was cut off.</source>
        <translation>服务器的应答被截断。</translation>
    </message>
    <message>
        <source>The server refused the job (exit status %1).</source>
        <translation>服务器拒绝了该作业（退出状态 %1）。</translation>
    </message>
    <message>
        <source>boinc2docker_create_work did not print a workunit ID.</source>
        <translation>boinc2docker_create_work 没有输出工作单元 ID。</translation>
    </message>
    <message>
        <source>The project directory %1 cannot be read on the server.</source>
        <translation>服务器上的项目目录 %1 无法读取。</translation>
    </message>
    <message>
        <source>all output files are on the server</source>
        <translation>所有输出文件都已在服务器上</translation>
    </message>
    <message>
        <source>no output files on the server yet</source>
        <translation>服务器上还没有输出文件</translation>
    </message>
    <message>
        <source>some output files are on the server</source>
        <translation>部分输出文件已在服务器上</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>The server offered no host key to ssh-keyscan: %1</source>
        <translation>服务器没有向 ssh-keyscan 提供主机密钥：%1</translation>
    </message>
    <message>
        <source>ssh-keygen could not read the server&apos;s host keys: %1</source>
        <translation>ssh-keygen 无法读取服务器的主机密钥：%1</translation>
    </message>
    <message>
        <source>Refusing a malformed host key line: %1</source>
        <translation>拒绝格式错误的主机密钥行：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No reply from %1 for %2 seconds.</source>
        <translation>%1 已有 %2 秒没有应答。</translation>
    </message>
    <message>
        <source>The ssh program ended abnormally.</source>
        <translation>ssh 程序异常结束。</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since it was accepted. This can mean that someone is intercepting the connection. Nothing was sent. Check with the server&apos;s administrator before removing the old key from %2.</source>
        <translation>%1 的主机密钥自被接受以来已经改变。这可能意味着有人正在拦截连接。未发送任何内容。在从 %2 中删除旧密钥之前，请先与服务器管理员核实。</translation>
    </message>
    <message>
        <source>%1 refused the SSH key (batch mode: no password prompts).</source>
        <translation>%1 拒绝了该 SSH 密钥（批处理模式：不提示输入密码）。</translation>
    </message>
    <message>
        <source>SSH connection to %1 failed: %2</source>
        <translation>到 %1 的 SSH 连接失败：%2</translation>
    </message>
    <message>
        <source>The host key of %1 is not known, and it could not be fetched: %2</source>
        <translation>%1 的主机密钥未知，且无法获取：%2</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Its fingerprint is %2. Accept it only if it matches the one the server&apos;s administrator gave you.</source>
        <translation>%1 的主机密钥尚未被识别。其指纹为 %2。只有在它与服务器管理员提供给您的指纹一致时才接受它。</translation>
    </message>
    <message>
        <source>Input file %1 does not exist or cannot be read.</source>
        <translation>输入文件 %1 不存在或无法读取。</translation>
    </message>
    <message>
        <source>Output name %1 cannot be passed to boinc2docker.</source>
        <translation>输出名称 %1 无法传给 boinc2docker。</translation>
    </message>
    <message>
        <source>The project directory on the server must be an absolute path.</source>
        <translation>服务器上的项目目录必须是绝对路径。</translation>
    </message>
    <message>
        <source>The job spec names no BOINC app.</source>
        <translation>作业规格中没有指定 BOINC 应用。</translation>
    </message>
    <message>
        <source>boinc2docker creates one job per call; use the create_work mode for a parameter table.</source>
        <translation>boinc2docker 每次调用只创建一个作业；如需使用参数表，请使用 create_work 模式。</translation>
    </message>
    <message>
        <source>Unknown SSH submission mode: %1</source>
        <translation>未知的 SSH 提交模式：%1</translation>
    </message>
    <message>
        <source>(generated)</source>
        <translation>（已生成）</translation>
    </message>
    <message>
        <source>Cannot write the job journal: %1</source>
        <translation>无法写入作业记录：%1</translation>
    </message>
    <message>
        <source>Another operation is still running on this connection.</source>
        <translation>此连接上还有另一个操作正在进行。</translation>
    </message>
    <message>
        <source>No authenticator for %1: sign in with the account&apos;s email and password, or give an authenticator file.</source>
        <translation>没有 %1 的账户密钥（authenticator）：请用该账户的电子邮件地址和密码登录，或提供一个账户密钥文件。</translation>
    </message>
    <message>
        <source>Preparing the files</source>
        <translation>正在准备文件</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>done, exit status %1</source>
        <translation>已完成，退出状态 %1</translation>
    </message>
    <message>
        <source>error (flags %1, exit status %2)</source>
        <translation>错误（标志 %1，退出状态 %2）</translation>
    </message>
    <message>
        <source>batch aborted</source>
        <translation>批次已中止</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates in %1: %2</source>
        <translation>无法读取 %1 中的 CA 证书：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The project URL %1 is not valid.</source>
        <translation>项目 URL %1 无效。</translation>
    </message>
    <message>
        <source>Remote submission needs an https:// project URL; %1 is not one.</source>
        <translation>远程提交需要 https:// 开头的项目 URL；%1 不是。</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>%1 没有应答：%2</translation>
    </message>
    <message>
        <source>The server&apos;s account lookup returned no authenticator.</source>
        <translation>服务器的账户查询没有返回账户密钥（authenticator）。</translation>
    </message>
    <message>
        <source>The server&apos;s query_files reply has no &lt;absent_files&gt;.</source>
        <translation>服务器的 query_files 应答中没有 &lt;absent_files&gt;。</translation>
    </message>
    <message>
        <source>Cannot read input file %1: %2</source>
        <translation>无法读取输入文件 %1：%2</translation>
    </message>
    <message>
        <source>The server&apos;s create_batch reply has no &lt;batch_id&gt;.</source>
        <translation>服务器的 create_batch 应答中没有 &lt;batch_id&gt;。</translation>
    </message>
    <message>
        <source>The server&apos;s submit_batch reply has no &lt;batch_id&gt;.</source>
        <translation>服务器的 submit_batch 应答中没有 &lt;batch_id&gt;。</translation>
    </message>
    <message>
        <source>The server refused the download: %1</source>
        <translation>服务器拒绝了下载：%1</translation>
    </message>
    <message>
        <source>Input file %1 cannot be read: %2</source>
        <translation>无法读取输入文件 %1：%2</translation>
    </message>
    <message>
        <source>Remote submission cannot export the image on the server; use image delivery &quot;registry&quot;, or submit over SSH.</source>
        <translation>远程提交无法在服务器上导出镜像；请使用镜像交付方式 “registry”，或通过 SSH 提交。</translation>
    </message>
    <message>
        <source>The journal entry has no key.</source>
        <translation>该作业记录条目没有键。</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>服务器拒绝了请求（错误 %1）。</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read: %1</source>
        <translation>无法读取服务器的应答：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>image delivery &quot;layers&quot; needs the boinc2docker mode, which exports the image on the server; use &quot;registry&quot; here</source>
        <translation>镜像交付方式 &quot;layers&quot; 需要 boinc2docker 模式（由它在服务器上导出镜像）；此处请使用 &quot;registry&quot;</translation>
    </message>
    <message>
        <source>Plan classes are read over SSH: give the host and the project&apos;s absolute directory on the Target page.</source>
        <translation>计划类 (plan class) 通过 SSH 读取：请在“目标”页填写主机和项目在服务器上的绝对目录。</translation>
    </message>
    <message>
        <source>The project has no plan_class_spec.xml: only the scheduler&apos;s built-in plan classes exist there.</source>
        <translation>该项目没有 plan_class_spec.xml：服务器上只有调度器内置的计划类。</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; not read.</source>
        <translation>%1 大于 4 MiB，未读取。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Two input files are named %1; inside the job each file keeps its name, so names must differ.</source>
        <translation>有两个输入文件都名为 %1；在作业内每个文件保留自己的名称，因此名称必须不同。</translation>
    </message>
    <message>
        <source>The create_work mode ships no image layers; use image delivery &quot;registry&quot;, or the boinc2docker mode, which exports the image on the server.</source>
        <translation>create_work 模式不发送镜像层；请使用镜像交付方式 &quot;registry&quot;，或使用在服务器上导出镜像的 boinc2docker 模式。</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的数</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be [min, max]</source>
        <translation>必须是 [最小值, 最大值]</translation>
    </message>
    <message>
        <source>must be a version number such as 470 or 11.4</source>
        <translation>必须是版本号，例如 470 或 11.4</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：%1，位于偏移 %2</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>必须是 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name the server keeps as given: use 1 to %2 of A-Z a-z 0-9 _ -, not starting with &apos;-&apos;</source>
        <translation>“%1”不是服务器会原样保留的名称：请使用 1 到 %2 个 A-Z a-z 0-9 _ - 字符，且不以“-”开头</translation>
    </message>
    <message>
        <source>boinc2docker names the app &apos;%1&apos; for users too; user_friendly_name is not passed (change it in project.xml afterwards)</source>
        <translation>boinc2docker 对用户也使用应用名“%1”；user_friendly_name 不会传递（之后可在 project.xml 中修改）</translation>
    </message>
    <message>
        <source>must be a non-empty list of platforms</source>
        <translation>必须是非空的平台列表</translation>
    </message>
    <message>
        <source>must be one of %1, each once</source>
        <translation>必须是 %1 之一，每个最多一次</translation>
    </message>
    <message>
        <source>boinc2docker creates versions for all three platforms; only the listed ones are verified</source>
        <translation>boinc2docker 会为全部三个平台创建版本；只校验列出的平台</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;existing&quot; or &quot;new&quot;</source>
        <translation>需要且只能有 &quot;existing&quot; 或 &quot;new&quot; 之一</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plan class name boinc2docker can use</source>
        <translation>“%1”不是 boinc2docker 可用的计划类名称</translation>
    </message>
    <message>
        <source>must be &quot;v1&quot; or &quot;v2&quot;</source>
        <translation>必须是 &quot;v1&quot; 或 &quot;v2&quot;</translation>
    </message>
    <message>
        <source>must be &quot;nvidia&quot; or &quot;amd&quot;</source>
        <translation>必须是 &quot;nvidia&quot; 或 &quot;amd&quot;</translation>
    </message>
    <message>
        <source>GPU settings need gpu_type: boinc2docker ignores them without it</source>
        <translation>GPU 设置需要 gpu_type：没有它 boinc2docker 会忽略这些设置</translation>
    </message>
    <message>
        <source>only for gpu_type &quot;nvidia&quot;: boinc2docker ignores it otherwise</source>
        <translation>仅适用于 gpu_type &quot;nvidia&quot;：否则 boinc2docker 会忽略它</translation>
    </message>
    <message>
        <source>a GPU plan class needs ngpus above 0</source>
        <translation>GPU 计划类需要 ngpus 大于 0</translation>
    </message>
    <message>
        <source>apps are created over &quot;ssh&quot; only</source>
        <translation>只能通过 &quot;ssh&quot; 创建应用</translation>
    </message>
    <message>
        <source>must be &quot;user@host&quot; or &quot;host&quot;</source>
        <translation>必须是 &quot;user@host&quot; 或 &quot;host&quot;</translation>
    </message>
    <message>
        <source>must be the project&apos;s absolute directory</source>
        <translation>必须是项目的绝对目录</translation>
    </message>
    <message>
        <source>Reading the server&apos;s plan classes…</source>
        <translation>正在读取服务器的计划类…</translation>
    </message>
    <message>
        <source>The plan class &apos;%1&apos; already exists on the server; choose it as an existing class or give the new one another name.</source>
        <translation>服务器上已有计划类“%1”；请把它作为现有计划类选择，或给新计划类换个名称。</translation>
    </message>
    <message>
        <source>The plan class &apos;%1&apos; is not in the server&apos;s plan_class_spec.xml; the scheduler must know it from elsewhere.</source>
        <translation>计划类“%1”不在服务器的 plan_class_spec.xml 中；调度器必须从别处得知它。</translation>
    </message>
    <message>
        <source>Running boinc2docker --new_app for &apos;%1&apos;…</source>
        <translation>正在为“%1”运行 boinc2docker --new_app…</translation>
    </message>
    <message>
        <source>The app directory apps/%1 already exists on the server; nothing was changed.</source>
        <translation>服务器上已存在应用目录 apps/%1；未做任何更改。</translation>
    </message>
    <message>
        <source>The project directory %1 has no bin/boinc2docker_create_work (or is not writable).</source>
        <translation>项目目录 %1 中没有 bin/boinc2docker_create_work（或不可写）。</translation>
    </message>
    <message>
        <source>boinc2docker exited with %1 (it makes a workunit after the app, which can fail); checking what was created.</source>
        <translation>boinc2docker 以 %1 退出（它在创建应用后还会创建一个工作单元，这一步可能失败）；正在检查已创建的内容。</translation>
    </message>
    <message>
        <source>Checking the app versions on the server…</source>
        <translation>正在检查服务器上的应用版本…</translation>
    </message>
    <message>
        <source>%1 already holds a different %2 key for %3: the server&apos;s key has changed. Nothing was added; if the server&apos;s administrator confirms the change, remove the old key with: ssh-keygen -R &apos;%3&apos; -f &apos;%1&apos;</source>
        <translation>%1 中已有 %3 的另一个 %2 密钥：服务器的密钥已更改。未添加任何内容；如果服务器管理员确认了这一更改，请用以下命令删除旧密钥：ssh-keygen -R &apos;%3&apos; -f &apos;%1&apos;</translation>
    </message>
    <message>
        <source>parameters are substituted into the command or given to the script as its arguments; give a command or a script</source>
        <translation>参数会代入命令，或作为参数传给脚本；请给出命令或脚本</translation>
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
    <name>bdm::engine::EndpointDiscovery</name>
    <message>
        <source>%1 is not installed (not found in PATH)</source>
        <translation>%1 未安装（在 PATH 中找不到）</translation>
    </message>
    <message>
        <source>rootless Podman of user %1 (BOINC&apos;s)</source>
        <translation>用户 %1 的无根 (rootless) Podman（BOINC 的）</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos; in /etc/passwd: the BOINC client is not installed as a service</source>
        <translation>/etc/passwd 中没有用户 &apos;%1&apos;：BOINC 客户端没有作为服务安装</translation>
    </message>
    <message>
        <source>rootless Podman of user %1 (uid %2), BOINC&apos;s</source>
        <translation>用户 %1（uid %2）的无根 (rootless) Podman，BOINC 的</translation>
    </message>
    <message>
        <source>rootful Podman</source>
        <translation>有根 (rootful) Podman</translation>
    </message>
    <message>
        <source>rootless Podman of this user (%1, BOINC&apos;s)</source>
        <translation>当前用户的无根 (rootless) Podman（%1，BOINC 的）</translation>
    </message>
    <message>
        <source>rootless Podman of this user</source>
        <translation>当前用户的无根 (rootless) Podman</translation>
    </message>
    <message>
        <source>docker context &apos;%1&apos;</source>
        <translation>docker 上下文 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rootful Docker</source>
        <translation>有根 (rootful) Docker</translation>
    </message>
    <message>
        <source>rootless Docker</source>
        <translation>无根 (rootless) Docker</translation>
    </message>
    <message>
        <source>BOINC&apos;s Podman machine (user boinc_project)</source>
        <translation>BOINC 的 Podman 虚拟机（用户 boinc_project）</translation>
    </message>
    <message>
        <source>Podman machine of this user</source>
        <translation>当前用户的 Podman 虚拟机</translation>
    </message>
    <message>
        <source>Docker Desktop</source>
        <translation>Docker Desktop</translation>
    </message>
    <message>
        <source>Docker Desktop (older versions)</source>
        <translation>Docker Desktop（旧版本）</translation>
    </message>
    <message>
        <source>--engine</source>
        <translation>--engine</translation>
    </message>
    <message>
        <source>BOINC&apos;s WSL distro boinc-buda-runner</source>
        <translation>BOINC 的 WSL 发行版 boinc-buda-runner</translation>
    </message>
    <message>
        <source>Podman machine</source>
        <translation>Podman 虚拟机</translation>
    </message>
    <message>
        <source>BOINC&apos;s Run_Podman helper</source>
        <translation>BOINC 的 Run_Podman 辅助程序</translation>
    </message>
    <message>
        <source>podman CLI</source>
        <translation>podman 命令行工具</translation>
    </message>
    <message>
        <source>docker CLI</source>
        <translation>docker 命令行工具</translation>
    </message>
    <message>
        <source>named pipes exist on Windows only</source>
        <translation>命名管道仅存在于 Windows 上</translation>
    </message>
    <message>
        <source>the docker CLI, through which named pipes are read, is not installed</source>
        <translation>未安装用于读取命名管道的 docker 命令行工具</translation>
    </message>
    <message>
        <source>permission denied on the way to %1</source>
        <translation>访问 %1 的路径上权限被拒绝</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a socket</source>
        <translation>%1 不是套接字</translation>
    </message>
</context>
<context>
    <name>bdm::engine::EngineCli</name>
    <message>
        <source>the request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 未能及时完成</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 崩溃了</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>无法重命名 %1</translation>
    </message>
</context>
<context>
    <name>bdm::engine::EngineClient</name>
    <message>
        <source>/_ping did not answer OK</source>
        <translation>/_ping 没有应答 OK</translation>
    </message>
    <message>
        <source>the log ended inside a frame</source>
        <translation>日志在某一帧中间结束</translation>
    </message>
</context>
<context>
    <name>bdm::engine::EngineConnector</name>
    <message>
        <source>no container engine answered</source>
        <translation>没有容器引擎应答</translation>
    </message>
    <message>
        <source>%1 (%2) answered /_ping but then: %3</source>
        <translation>%1（%2）应答了 /_ping，但随后：%3</translation>
    </message>
    <message>
        <source>no container engine could be reached. Tried:</source>
        <translation>无法连接任何容器引擎。已尝试：</translation>
    </message>
</context>
<context>
    <name>bdm::engine::EventStream</name>
    <message>
        <source>the engine ended the event stream</source>
        <translation>容器引擎结束了事件流</translation>
    </message>
</context>
<context>
    <name>bdm::gui::CheckTreeModel</name>
    <message>
        <source>BOINC client</source>
        <translation>BOINC 客户端</translation>
    </message>
    <message>
        <source>What the client detected and reports</source>
        <translation>客户端检测到并报告的内容</translation>
    </message>
    <message>
        <source>Container engine on this computer</source>
        <translation>本计算机上的容器引擎</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Disk, memory and CPU</source>
        <translation>磁盘、内存和 CPU</translation>
    </message>
    <message>
        <source>Containers run for this check</source>
        <translation>为本次检查运行的容器</translation>
    </message>
    <message>
        <source>Plan classes of %1</source>
        <translation>%1 的计划类</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复方法：%1</translation>
    </message>
</context>
<context>
    <name>bdm::gui::CommandPage</name>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>What the container runs in the job&apos;s working directory, where every input file is.</source>
        <translation>容器在作业的工作目录中运行的内容，所有输入文件都在该目录中。</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>命令行(&amp;C)：</translation>
    </message>
    <message>
        <source>python3 analyse.py --input data.csv</source>
        <translation>python3 analyse.py --input data.csv</translation>
    </message>
    <message>
        <source>Bash &amp;script:</source>
        <translation>Bash 脚本(&amp;S)：</translation>
    </message>
    <message>
        <source>a script shipped with the job and run with bash</source>
        <translation>随作业一起发送并用 bash 运行的脚本</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>作业脚本</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>从模板新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Compose &amp;file:</source>
        <translation>Compose 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>compose.yaml run with docker compose</source>
        <translation>用 docker compose 运行的 compose.yaml</translation>
    </message>
    <message>
        <source>Compose file</source>
        <translation>Compose 文件</translation>
    </message>
    <message>
        <source>Progress: a line &quot;PROGRESS 0.42&quot; on the command&apos;s output sets the fraction done BOINC shows.</source>
        <translation>进度：命令输出中的一行 &quot;PROGRESS 0.42&quot; 会设置 BOINC 显示的完成比例。</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>New job script</source>
        <translation>新建作业脚本</translation>
    </message>
    <message>
        <source>Bash scripts (*.sh)</source>
        <translation>Bash 脚本 (*.sh)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <name>bdm::gui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Input files go into the job&apos;s working directory under their own names; the output files are collected from there.</source>
        <translation>输入文件以原名放入作业的工作目录；输出文件也从该目录收集。</translation>
    </message>
    <message>
        <source>&amp;Input files (drop files here):</source>
        <translation>输入文件（将文件拖放到此处）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Output files (names the command writes):</source>
        <translation>输出文件（命令写出的文件名）(&amp;O)：</translation>
    </message>
    <message>
        <source>Add ou&amp;tput</source>
        <translation>添加输出(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;move output</source>
        <translation>移除输出(&amp;M)</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>输入文件</translation>
    </message>
</context>
<context>
    <name>bdm::gui::FleetHostModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Podman %1</source>
        <translation>Podman %1</translation>
    </message>
    <message>
        <source>Docker %1</source>
        <translation>Docker %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>BOINC</source>
        <translation>BOINC</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>容器引擎</translation>
    </message>
    <message>
        <source>Container jobs</source>
        <translation>容器作业</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Containers running</source>
        <translation>运行中的容器</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最后联系</translation>
    </message>
</context>
<context>
    <name>bdm::gui::FleetPage</name>
    <message>
        <source>Password: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <source>Remove computer</source>
        <translation>移除计算机</translation>
    </message>
    <message>
        <source>Stop watching %1 and forget its address and stored password?</source>
        <translation>停止查看 %1，并忘记它的地址和已保存的密码？</translation>
    </message>
    <message>
        <source>The password for %1 could not be saved in the keychain: %2 The computer is kept; its password is used until this program quits. To keep it, give a password file instead.</source>
        <translation>%1 的密码无法保存到密钥环中：%2 该计算机已保留；在本程序退出之前会一直使用该密码。若要长期保存，请改为提供密码文件。</translation>
    </message>
    <message>
        <source>Password not saved: %1</source>
        <translation>密码未保存：%1</translation>
    </message>
    <message>
        <source>No computers added yet</source>
        <translation>尚未添加计算机</translation>
    </message>
    <message>
        <source>Add the BOINC clients of your computers by address (host or host:port) and GUI RPC password. Each one is watched on its own, so a computer that is off never slows the others down.</source>
        <translation>按地址（主机或 主机:端口）和 GUI RPC 密码添加你的计算机上的 BOINC 客户端。每台计算机都单独查看，因此关机的计算机绝不会拖慢其他计算机。</translation>
    </message>
    <message>
        <source>Add computer…</source>
        <translation>添加计算机…</translation>
    </message>
    <message>
        <source>&amp;Add computer…</source>
        <translation>添加计算机(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Plan classes…</source>
        <translation>计划类(&amp;P)…</translation>
    </message>
    <message>
        <source>Which of these hosts would get work for each of a project&apos;s plan classes</source>
        <translation>对项目的每个计划类，这些计算机中哪些会获得任务</translation>
    </message>
</context>
<context>
    <name>bdm::gui::FleetTaskModel</name>
    <message>
        <source>Task %1
Workunit %2</source>
        <translation>任务 %1
工作单元 %2</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
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
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Plan class</source>
        <translation>计划类</translation>
    </message>
    <message>
        <source>%1 (last known: computer unreachable)</source>
        <translation>%1（最后已知状态：计算机无法连接）</translation>
    </message>
    <message>
        <source>The computer does not answer; this is what it reported at %1.</source>
        <translation>该计算机没有响应；以下是它在 %1 报告的内容。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
</context>
<context>
    <name>bdm::gui::FleetTaskPanel</name>
    <message>
        <source>Filter tasks by computer, project, name or status</source>
        <translation>按计算机、项目、名称或状态筛选任务</translation>
    </message>
    <message>
        <source>Container tasks only</source>
        <translation>仅显示容器任务</translation>
    </message>
    <message>
        <source>Hide finished</source>
        <translation>隐藏已完成</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>中止…</translation>
    </message>
    <message>
        <source>Abort tasks</source>
        <translation>中止任务</translation>
    </message>
    <message numerus="yes">
        <source>Abort %n task(s)? The work done on them is lost.</source>
        <translation>
            <numerusform>要中止 %n 个任务吗？这些任务上已完成的工作将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 上的 %1：%3</translation>
    </message>
</context>
<context>
    <name>bdm::gui::FleetTray</name>
    <message>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s), %1 connected, %2 container tasks running</source>
        <translation>
            <numerusform>%n 台计算机，%1 台已连接，%2 个容器任务正在运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::HostEditorDialog</name>
    <message>
        <source>Add computer</source>
        <translation>添加计算机</translation>
    </message>
    <message>
        <source>192.168.1.20 or 192.168.1.20:31416</source>
        <translation>192.168.1.20 或 192.168.1.20:31416</translation>
    </message>
    <message>
        <source>the address, if left empty</source>
        <translation>留空时使用地址</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <source>optional: a gui_rpc_auth.cfg readable here</source>
        <translation>可选：一个本机可读取的 gui_rpc_auth.cfg</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;file:</source>
        <translation>密码文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Edit computer</source>
        <translation>编辑计算机</translation>
    </message>
    <message>
        <source>unchanged if left empty</source>
        <translation>留空则保持不变</translation>
    </message>
    <message>
        <source>Give the computer&apos;s address, e.g. 192.168.1.20:31416.</source>
        <translation>请输入计算机的地址，例如 192.168.1.20:31416。</translation>
    </message>
    <message>
        <source>This is not an address.</source>
        <translation>这不是一个地址。</translation>
    </message>
    <message>
        <source>GUI RPC password file</source>
        <translation>GUI RPC 密码文件</translation>
    </message>
</context>
<context>
    <name>bdm::gui::HostKeyDialog</name>
    <message>
        <source>Unknown SSH server</source>
        <translation>未知的 SSH 服务器</translation>
    </message>
    <message>
        <source>The SSH server %1 (port %2) is not among the known servers yet.</source>
        <translation>SSH 服务器 %1（端口 %2）尚不在已知服务器之列。</translation>
    </message>
    <message>
        <source>It offered these host keys:

%1

Trust it only if a fingerprint matches the one the server&apos;s administrator gives you (ssh-keygen -lf on the server&apos;s host key). Trusting adds the key to %2.</source>
        <translation>它提供了以下主机密钥：

%1

只有当某个指纹与服务器管理员给你的指纹（在服务器上对主机密钥运行 ssh-keygen -lf）一致时才信任它。信任会把该密钥添加到 %2。</translation>
    </message>
    <message>
        <source>&amp;Trust and continue</source>
        <translation>信任并继续(&amp;T)</translation>
    </message>
    <message>
        <source>SSH host key has changed</source>
        <translation>SSH 主机密钥已更改</translation>
    </message>
    <message>
        <source>WARNING: the host key of the SSH server %1 (port %2) has CHANGED since it was trusted.</source>
        <translation>警告：SSH 服务器 %1（端口 %2）的主机密钥在被信任后已经更改。</translation>
    </message>
    <message>
        <source>This can mean that someone is intercepting the connection (a man-in-the-middle attack). Nothing was sent. Ask the server&apos;s administrator whether the key was really replaced before you remove the old key from %1.</source>
        <translation>这可能意味着有人在截取连接（中间人攻击）。未发送任何内容。在从 %1 中删除旧密钥之前，请先向服务器管理员确认密钥是否确实已更换。</translation>
    </message>
    <message>
        <source>The host key could not be added to %1.</source>
        <translation>无法把主机密钥添加到 %1。</translation>
    </message>
</context>
<context>
    <name>bdm::gui::ImagePage</name>
    <message>
        <source>Container image</source>
        <translation>容器镜像</translation>
    </message>
    <message>
        <source>The BOINC app the jobs belong to, and the image their container runs.</source>
        <translation>作业所属的 BOINC 应用，以及其容器运行的镜像。</translation>
    </message>
    <message>
        <source>&amp;App name:</source>
        <translation>应用名称(&amp;A)：</translation>
    </message>
    <message>
        <source>the BOINC app on the server, e.g. boinc2docker</source>
        <translation>服务器上的 BOINC 应用，例如 boinc2docker</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. docker.io/library/python:3.12-slim</source>
        <translation>例如 docker.io/library/python:3.12-slim</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>交付方式(&amp;D)：</translation>
    </message>
    <message>
        <source>Registry: each volunteer&apos;s engine pulls the image</source>
        <translation>镜像仓库：由每位志愿者的容器引擎拉取镜像</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>None (no network in the container)</source>
        <translation>无（容器内无网络）</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>桥接 (Bridge)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机 (Host)</translation>
    </message>
    <message>
        <source>Science containers cannot reach the network unless you choose a network here.</source>
        <translation>除非在此选择一种网络，否则科学计算容器无法访问网络。</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>NVIDIA</source>
        <translation>NVIDIA</translation>
    </message>
    <message>
        <source>GPU &amp;count:</source>
        <translation>GPU 数量(&amp;C)：</translation>
    </message>
    <message>
        <source>Use the &amp;CDI device (nvidia.com/gpu=all) instead of --gpus</source>
        <translation>使用 CDI 设备 (nvidia.com/gpu=all) 代替 --gpus(&amp;C)</translation>
    </message>
    <message>
        <source>Layers: boinc2docker exports it on the server; shipped as input files</source>
        <translation>镜像层：由 boinc2docker 在服务器上导出，作为输入文件发送</translation>
    </message>
</context>
<context>
    <name>bdm::gui::JobDetailPanel</name>
    <message>
        <source>Workunits</source>
        <translation>工作单元</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Workunit</source>
        <translation>工作单元</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Output files</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Select a job to see its workunits and spec.</source>
        <translation>选择一个作业以查看其工作单元和规格。</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>创建于 %1，最后更改于 %2</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近一次错误：%1</translation>
    </message>
    <message>
        <source>Not queried yet</source>
        <translation>尚未查询</translation>
    </message>
</context>
<context>
    <name>bdm::gui::JobsModel</name>
    <message>
        <source>Prepared</source>
        <translation>已准备</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已归档</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1（另外 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Workunits</source>
        <translation>工作单元</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近一次错误</translation>
    </message>
</context>
<context>
    <name>bdm::gui::JobsPage</name>
    <message>
        <source>No jobs submitted yet</source>
        <translation>尚未提交任何作业</translation>
    </message>
    <message>
        <source>Jobs you submit with the Submit wizard are listed here, with their workunits&apos; states, and their output files can be fetched from here.</source>
        <translation>用提交向导提交的作业会列在这里，并显示其工作单元的状态；也可以从这里获取它们的输出文件。</translation>
    </message>
    <message>
        <source>The job journal could not be opened, so submitted jobs cannot be listed.</source>
        <translation>无法打开作业记录，因此无法列出已提交的作业。</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>新建作业(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses</source>
        <translation>刷新状态(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the server how the selected job&apos;s workunits stand (%1)</source>
        <translation>向服务器查询所选作业的工作单元状态 (%1)</translation>
    </message>
    <message>
        <source>&amp;Fetch outputs…</source>
        <translation>获取输出(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation>中止(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Resume a submission that was interrupted; the server&apos;s record is found, so no job is created twice</source>
        <translation>继续一次被中断的提交；会找到服务器上的记录，因此不会重复创建作业</translation>
    </message>
    <message>
        <source>&amp;Clone as new job</source>
        <translation>克隆为新作业(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot reach the server of %1: %2</source>
        <translation>无法连接 %1 的服务器：%2</translation>
    </message>
    <message numerus="yes">
        <source>Statuses updated: %n workunit(s).</source>
        <translation>
            <numerusform>状态已更新：%n 个工作单元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在查询服务器…</translation>
    </message>
    <message>
        <source>Fetch output files to</source>
        <translation>将输出文件获取到</translation>
    </message>
    <message>
        <source>No output files are ready yet.</source>
        <translation>还没有可用的输出文件。</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n file(s) to %1.</source>
        <translation>
            <numerusform>已获取 %n 个文件到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <source>Fetching output files…</source>
        <translation>正在获取输出文件…</translation>
    </message>
    <message>
        <source>Abort job</source>
        <translation>中止作业</translation>
    </message>
    <message numerus="yes">
        <source>Abort %n workunit(s) of %1 on the server? Results not yet returned are lost.</source>
        <translation>
            <numerusform>要在服务器上中止 %1 的 %n 个工作单元吗？尚未返回的结果将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Aborted.</source>
        <translation>已中止。</translation>
    </message>
    <message>
        <source>Aborting…</source>
        <translation>正在中止…</translation>
    </message>
    <message>
        <source>Cannot retry %1: %2</source>
        <translation>无法重试 %1：%2</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>正在重试：%1</translation>
    </message>
    <message numerus="yes">
        <source>Submitted: %n workunit(s).</source>
        <translation>
            <numerusform>已提交：%n 个工作单元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <translation>正在重试 %1…</translation>
    </message>
    <message>
        <source>Cannot read the spec of %1: %2</source>
        <translation>无法读取 %1 的规格：%2</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>未登录：%1</translation>
    </message>
    <message>
        <source>Could not add the host key: %1</source>
        <translation>无法添加主机密钥：%1</translation>
    </message>
    <message>
        <source>Host key trusted.</source>
        <translation>已信任主机密钥。</translation>
    </message>
</context>
<context>
    <name>bdm::gui::LocalTestPanel</name>
    <message>
        <source>Test &amp;locally</source>
        <translation>本地测试(&amp;L)</translation>
    </message>
    <message>
        <source>Run the job on this computer&apos;s container engine as a volunteer&apos;s computer would</source>
        <translation>像志愿者的计算机那样，在本机的容器引擎上运行该作业</translation>
    </message>
    <message>
        <source>Use as run time &amp;estimate</source>
        <translation>用作运行时间估计(&amp;E)</translation>
    </message>
    <message>
        <source>Running… %1 s</source>
        <translation>正在运行… %1 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>用时 %1 完成。</translation>
    </message>
    <message>
        <source>Failed after %1: %2</source>
        <translation>%1 后失败：%2</translation>
    </message>
    <message>
        <source>Output files found: %1</source>
        <translation>找到的输出文件：%1</translation>
    </message>
    <message>
        <source>Stop the &amp;local test</source>
        <translation>停止本地测试(&amp;L)</translation>
    </message>
    <message>
        <source>the job exited with status %1</source>
        <translation>作业以状态 %1 退出</translation>
    </message>
</context>
<context>
    <name>bdm::gui::LoginDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <source>Remote job submission needs your account on %1. The password is sent only as a hash and not kept; the account key the project returns is kept in the system keychain.</source>
        <translation>远程提交作业需要你在 %1 上的账户。密码只以哈希形式发送且不会保存；项目返回的账户密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>未登录：%1</translation>
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
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>bdm::gui::NewAppDialog</name>
    <message>
        <source>New Docker app</source>
        <translation>新建 Docker 应用</translation>
    </message>
    <message>
        <source>No compose</source>
        <translation>不使用 Compose</translation>
    </message>
    <message>
        <source>docker-compose (v1)</source>
        <translation>docker-compose (v1)</translation>
    </message>
    <message>
        <source>docker compose (v2)</source>
        <translation>docker compose (v2)</translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation>不使用 GPU</translation>
    </message>
    <message>
        <source>NVIDIA</source>
        <translation>NVIDIA</translation>
    </message>
    <message>
        <source>AMD</source>
        <translation>AMD</translation>
    </message>
    <message>
        <source>What will be run on the server:</source>
        <translation>将在服务器上运行：</translation>
    </message>
    <message>
        <source>Appended before the last line of plan_class_spec.xml:</source>
        <translation>追加到 plan_class_spec.xml 最后一行之前：</translation>
    </message>
    <message>
        <source>Run in %1:</source>
        <translation>在 %1 中运行：</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>Plan class %1 added.</source>
        <translation>已添加计划类 %1。</translation>
    </message>
    <message>
        <source>Plan class %1 present.</source>
        <translation>计划类 %1 已存在。</translation>
    </message>
    <message>
        <source>Plan class %1 is not in plan_class_spec.xml.</source>
        <translation>计划类 %1 不在 plan_class_spec.xml 中。</translation>
    </message>
    <message>
        <source>The app %1 was created.</source>
        <translation>应用 %1 已创建。</translation>
    </message>
    <message>
        <source>The app %1 is incomplete on the server.</source>
        <translation>服务器上的应用 %1 不完整。</translation>
    </message>
    <message>
        <source>Create a &amp;new plan class</source>
        <translation>新建计划类(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;App name:</source>
        <translation>应用名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Plan c&amp;lass:</source>
        <translation>计划类(&amp;L)：</translation>
    </message>
    <message>
        <source>Co&amp;mpose:</source>
        <translation>Compose(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>Minimum &amp;CPUs:</source>
        <translation>最少 CPU 数(&amp;C)：</translation>
    </message>
    <message>
        <source>Maximum &amp;threads:</source>
        <translation>最多线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>Could not add the host key: %1</source>
        <translation>无法添加主机密钥：%1</translation>
    </message>
    <message>
        <source>GPUs p&amp;er task:</source>
        <translation>每个任务的 GPU 数(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>bdm::gui::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>bdm::gui::PlanClassField</name>
    <message>
        <source>Read &amp;from server</source>
        <translation>从服务器读取(&amp;F)</translation>
    </message>
    <message>
        <source>Read the project&apos;s plan_class_spec.xml over SSH</source>
        <translation>通过 SSH 读取项目的 plan_class_spec.xml</translation>
    </message>
    <message>
        <source>Reading the plan classes from %1…</source>
        <translation>正在从 %1 读取计划类…</translation>
    </message>
    <message numerus="yes">
        <source>%n plan class(es) on the server.</source>
        <translation>
            <numerusform>服务器上有 %n 个计划类。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among them.</source>
        <translation>“%1”不在其中。</translation>
    </message>
    <message>
        <source>Could not read the plan classes: %1</source>
        <translation>无法读取计划类：%1</translation>
    </message>
</context>
<context>
    <name>bdm::gui::PlanClassesDialog</name>
    <message>
        <source>plan_class_spec.xml</source>
        <translation>plan_class_spec.xml</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML 文件 (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Plan classes and the fleet</source>
        <translation>计划类与机群</translation>
    </message>
    <message>
        <source>&amp;Plan classes:</source>
        <translation>计划类(&amp;P)：</translation>
    </message>
    <message>
        <source>plan_class_spec.xml: a file, or the project&apos;s URL of it</source>
        <translation>plan_class_spec.xml：文件，或项目中它的 URL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Plan class</source>
        <translation>计划类</translation>
    </message>
    <message>
        <source>Hosts that qualify</source>
        <translation>符合条件的计算机</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Load the project&apos;s plan classes to see which hosts would get their jobs.</source>
        <translation>加载项目的计划类，查看哪些计算机会获得其任务。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Could not read the plan classes: %1</source>
        <translation>无法读取计划类：%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Qualify: %1</source>
        <translation>符合条件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n plan class(es); </source>
        <translation>
            <numerusform>%n 个计划类；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) have told their hardware.</source>
        <translation>
            <numerusform>%n 台计算机已报告其硬件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::ProjectSignIn</name>
    <message>
        <source>Cannot read the authenticator file %1: %2</source>
        <translation>无法读取账户密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>bdm::gui::ReadinessPage</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>已于 %1 检查。</translation>
    </message>
    <message>
        <source>Select a check to see what to do about it.</source>
        <translation>选择一项检查，查看应如何处理。</translation>
    </message>
    <message>
        <source>Plan classes of a project</source>
        <translation>项目的计划类</translation>
    </message>
    <message>
        <source>Plan class specs (plan_class_spec.xml *.xml);;All files (*)</source>
        <translation>计划类规范 (plan_class_spec.xml *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Report copied as Markdown, ready to paste into a forum post.</source>
        <translation>报告已复制为 Markdown 格式，可直接粘贴到论坛帖子中。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export readiness report</source>
        <translation>导出就绪情况报告</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Fix copied.</source>
        <translation>修复方法已复制。</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>再次检查(&amp;C)</translation>
    </message>
    <message>
        <source>Ask the BOINC client to detect Docker/Podman and GPUs again, then re-run every check (F5)</source>
        <translation>让 BOINC 客户端重新检测 Docker/Podman 和 GPU，然后重新运行所有检查（F5）</translation>
    </message>
    <message>
        <source>&amp;Run container tests</source>
        <translation>运行容器测试(&amp;R)</translation>
    </message>
    <message>
        <source>Run hello-world as the BOINC client&apos;s own test does, and for NVIDIA GPUs a CUDA container with --gpus all and with CDI. May download images.</source>
        <translation>像 BOINC 客户端自身的测试那样运行 hello-world；对于 NVIDIA GPU，还会分别使用 --gpus all 和 CDI 运行一个 CUDA 容器。可能会下载镜像。</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>复制报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Plan classes:</source>
        <translation>计划类(&amp;P)：</translation>
    </message>
    <message>
        <source>A project&apos;s plan_class_spec.xml: file or https:// URL</source>
        <translation>项目的 plan_class_spec.xml：文件或 https:// URL</translation>
    </message>
    <message>
        <source>Choose a plan_class_spec.xml file</source>
        <translation>选择一个 plan_class_spec.xml 文件</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>评判(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Fix for the selected check:</source>
        <translation>所选检查的修复方法(&amp;F)：</translation>
    </message>
    <message>
        <source>Cop&amp;y fix</source>
        <translation>复制修复方法(&amp;Y)</translation>
    </message>
    <message>
        <source>Container engine discovery: every place tried</source>
        <translation>容器引擎发现：尝试过的所有位置</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
</context>
<context>
    <name>bdm::gui::ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Name the job and say what it needs. Zero leaves a value to the server&apos;s default.</source>
        <translation>为作业命名并说明其需求。值为零时使用服务器的默认值。</translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation>作业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>letters, digits, _ . and -</source>
        <translation>字母、数字、_ . 和 -</translation>
    </message>
    <message>
        <source>&amp;Plan class:</source>
        <translation>计划类(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Run time estimate:</source>
        <translation>运行时间估计(&amp;R)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <source>&amp;Deadline after sending:</source>
        <translation>发送后的截止时间(&amp;D)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>D&amp;isk:</source>
        <translation>磁盘(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>法定结果数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Replica&amp;s:</source>
        <translation>副本数(&amp;S)：</translation>
    </message>
    <message>
        <source>Priori&amp;ty:</source>
        <translation>优先级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Batch: one job per row of a parameter table ({name} in the command takes the row&apos;s value)</source>
        <translation>批量：参数表的每一行生成一个作业（命令中的 {name} 取该行的值）(&amp;B)</translation>
    </message>
    <message>
        <source>Param&amp;eters:</source>
        <translation>参数(&amp;E)：</translation>
    </message>
    <message>
        <source>names separated by spaces, e.g. seed size</source>
        <translation>以空格分隔的名称，例如 seed size</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>添加行(&amp;W)</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>删除行(&amp;V)</translation>
    </message>
</context>
<context>
    <name>bdm::gui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Every file the submission generates, as it will be sent. Nothing has left this computer yet.</source>
        <translation>本次提交生成的所有文件，与将要发送的内容一致。目前还没有任何内容离开本机。</translation>
    </message>
    <message>
        <source>Sa&amp;ve spec…</source>
        <translation>保存规格(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the job spec as JSON (%1)</source>
        <translation>将作业规格保存为 JSON (%1)</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>提交前请修正以下问题：</translation>
    </message>
    <message>
        <source>Ignored by this transport:</source>
        <translation>此传输方式会忽略：</translation>
    </message>
</context>
<context>
    <name>bdm::gui::ServerHostPanel</name>
    <message>
        <source>&amp;Read status and logs</source>
        <translation>读取状态和日志(&amp;R)</translation>
    </message>
    <message>
        <source>Runs bin/status -v in the project directory and reads the end of each daemon log</source>
        <translation>在项目目录中运行 bin/status -v，并读取每个守护进程日志的末尾</translation>
    </message>
    <message>
        <source>Lo&amp;g file:</source>
        <translation>日志文件(&amp;G)：</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>守护进程</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>周期任务</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Give the project host and directory: bin/status there tells which daemons run, and their logs tell why one stopped.</source>
        <translation>请给出项目主机和目录：那里的 bin/status 会说明哪些守护进程在运行，它们的日志会说明某个守护进程为何停止。</translation>
    </message>
    <message>
        <source>Reading bin/status and the daemon logs on %1…</source>
        <translation>正在读取 %1 上的 bin/status 和守护进程日志…</translation>
    </message>
    <message>
        <source>bin/status did not say whether the project is enabled.</source>
        <translation>bin/status 没有说明项目是否已启用。</translation>
    </message>
    <message>
        <source>BOINC is ENABLED on %1.</source>
        <translation>%1 上的 BOINC 已启用（ENABLED）。</translation>
    </message>
    <message>
        <source>BOINC is DISABLED on %1: bin/stop ran, so no daemon is meant to run.</source>
        <translation>%1 上的 BOINC 已停用（DISABLED）：运行过 bin/stop，因此不应有守护进程在运行。</translation>
    </message>
    <message>
        <source>Not running: %1.</source>
        <translation>未运行：%1。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Could not add the host key: %1</source>
        <translation>无法添加主机密钥：%1</translation>
    </message>
    <message>
        <source>No daemon log under log_*/ in the project directory.</source>
        <translation>项目目录的 log_*/ 下没有守护进程日志。</translation>
    </message>
    <message>
        <source>Log &amp;lines:</source>
        <translation>日志行数(&amp;L)：</translation>
    </message>
    <message>
        <source>Daemons on the project host</source>
        <translation>项目主机上的守护进程</translation>
    </message>
    <message>
        <source>Periodic tasks</source>
        <translation>周期任务</translation>
    </message>
    <message>
        <source>End of the daemon log</source>
        <translation>守护进程日志的末尾</translation>
    </message>
</context>
<context>
    <name>bdm::gui::ServerStatusPage</name>
    <message>
        <source>Project &amp;URL:</source>
        <translation>项目 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>https://project.example.org/myproject/</source>
        <translation>https://project.example.org/myproject/</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>守护进程</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Unsent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Average run time (h)</source>
        <translation>平均运行时间（小时）</translation>
    </message>
    <message>
        <source>Give the project&apos;s URL: its server_status.php shows its daemons and queues.</source>
        <translation>请填写项目的 URL：它的 server_status.php 显示守护进程和队列。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>All daemons running; status of %1.</source>
        <translation>所有守护进程都在运行；状态时间 %1。</translation>
    </message>
    <message>
        <source>Not running: %1 (status of %2).</source>
        <translation>未运行：%1（状态时间 %2）。</translation>
    </message>
    <message>
        <source>Results ready to send</source>
        <translation>待发送的结果</translation>
    </message>
    <message>
        <source>Results in progress</source>
        <translation>进行中的结果</translation>
    </message>
    <message>
        <source>Workunits waiting for validation</source>
        <translation>等待验证的工作单元</translation>
    </message>
    <message>
        <source>Status &amp;web page</source>
        <translation>状态网页(&amp;W)</translation>
    </message>
    <message>
        <source>Pro&amp;ject host (SSH)</source>
        <translation>项目主机 (SSH)(&amp;J)</translation>
    </message>
    <message>
        <source>Daemons</source>
        <translation>守护进程</translation>
    </message>
    <message>
        <source>Database counts</source>
        <translation>数据库计数</translation>
    </message>
    <message>
        <source>Tasks by app</source>
        <translation>各应用的任务</translation>
    </message>
</context>
<context>
    <name>bdm::gui::SshTargetForm</name>
    <message>
        <source>SSH ho&amp;st:</source>
        <translation>SSH 主机(&amp;S)：</translation>
    </message>
    <message>
        <source>user@project.example.org</source>
        <translation>user@project.example.org</translation>
    </message>
    <message>
        <source>Project &amp;directory:</source>
        <translation>项目目录(&amp;D)：</translation>
    </message>
    <message>
        <source>/home/boincadm/project/myproject</source>
        <translation>/home/boincadm/project/myproject</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>身份文件(&amp;I)：</translation>
    </message>
    <message>
        <source>optional: else your SSH keys and agent</source>
        <translation>可选：留空则使用你的 SSH 密钥和 SSH 代理</translation>
    </message>
    <message>
        <source>SSH identity file</source>
        <translation>SSH 身份文件</translation>
    </message>
    <message>
        <source>&amp;Known hosts file:</source>
        <translation>已知主机文件(&amp;K)：</translation>
    </message>
    <message>
        <source>optional: else ~/.ssh/known_hosts</source>
        <translation>可选：留空则使用 ~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts 文件</translation>
    </message>
    <message>
        <source>Docker e&amp;xec container:</source>
        <translation>Docker exec 容器(&amp;X)：</translation>
    </message>
    <message>
        <source>optional: the server&apos;s container, e.g. apache</source>
        <translation>可选：服务器所在的容器，例如 apache</translation>
    </message>
    <message>
        <source>Container &amp;user:</source>
        <translation>容器用户(&amp;U)：</translation>
    </message>
    <message>
        <source>optional, e.g. boincadm</source>
        <translation>可选，例如 boincadm</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH 端口(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>bdm::gui::StatsChart</name>
    <message>
        <source>CPU % (100 = one CPU)</source>
        <translation>CPU %（100 = 一个 CPU）</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>内存 (MiB)</translation>
    </message>
</context>
<context>
    <name>bdm::gui::SubmitPage</name>
    <message>
        <source>Create an app and its plan class on the project server (boinc2docker --new_app)</source>
        <translation>在项目服务器上创建应用及其计划类（boinc2docker --new_app）</translation>
    </message>
    <message>
        <source>New Docker &amp;app…</source>
        <translation>新建 Docker 应用(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>bdm::gui::SubmitProgressPage</name>
    <message>
        <source>Prepared: written to the journal, nothing sent yet</source>
        <translation>已准备：已写入作业记录，尚未发送任何内容</translation>
    </message>
    <message>
        <source>Uploading input files</source>
        <translation>正在上传输入文件</translation>
    </message>
    <message>
        <source>Creating the jobs on the server</source>
        <translation>正在服务器上创建作业</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Every step is written to the job journal before it is taken, so an interrupted submission can be retried from the Jobs page without creating jobs twice.</source>
        <translation>每一步在执行前都会先写入作业记录，因此中断的提交可以在“作业”页上重试，而不会重复创建作业。</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Workunits created:</source>
        <translation>已创建的工作单元(&amp;W)：</translation>
    </message>
    <message>
        <source>Open in &amp;Jobs</source>
        <translation>在“作业”页中打开(&amp;J)</translation>
    </message>
    <message>
        <source>Press Submit to send the job to the server.</source>
        <translation>按“提交”将作业发送到服务器。</translation>
    </message>
    <message>
        <source>The job journal could not be opened, so nothing can be submitted.</source>
        <translation>无法打开作业记录，因此无法提交任何内容。</translation>
    </message>
    <message>
        <source>Cannot submit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation>作业记录条目 %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Resuming journal entry %1</source>
        <translation>正在继续作业记录条目 %1</translation>
    </message>
    <message numerus="yes">
        <source>Submitted: %n workunit(s).</source>
        <translation>
            <numerusform>已提交：%n 个工作单元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted batch %1: %n workunit(s).</source>
        <translation>
            <numerusform>已提交批次 %1：%n 个工作单元。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection failed; the journal keeps the stage reached, and Retry on the Jobs page resumes it.
%1</source>
        <translation>连接失败；作业记录保留了已到达的阶段，在“作业”页上点击“重试”即可继续。
%1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <source>The host key was not trusted; nothing was added to known_hosts.</source>
        <translation>主机密钥未被信任；未向 known_hosts 添加任何内容。</translation>
    </message>
    <message>
        <source>Could not add the host key: %1</source>
        <translation>无法添加主机密钥：%1</translation>
    </message>
    <message>
        <source>Host key trusted; submitting again.</source>
        <translation>已信任主机密钥；正在重新提交。</translation>
    </message>
</context>
<context>
    <name>bdm::gui::SubmitWizard</name>
    <message>
        <source>Start &amp;over</source>
        <translation>重新开始(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Open job spec</source>
        <translation>打开作业规格</translation>
    </message>
    <message>
        <source>Job specs (*.json)</source>
        <translation>作业规格 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1:
%2</source>
        <translation>无法读取 %1：
%2</translation>
    </message>
    <message>
        <source>Save job spec</source>
        <translation>保存作业规格</translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>bdm::gui::TargetPage</name>
    <message>
        <source>Project server</source>
        <translation>项目服务器</translation>
    </message>
    <message>
        <source>Where the jobs go, and how this computer reaches the project server.</source>
        <translation>作业发往何处，以及本机如何连接项目服务器。</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>传输方式(&amp;T)：</translation>
    </message>
    <message>
        <source>SSH + boinc2docker</source>
        <translation>SSH + boinc2docker</translation>
    </message>
    <message>
        <source>SSH + create_work</source>
        <translation>SSH + create_work</translation>
    </message>
    <message>
        <source>HTTPS remote submission</source>
        <translation>HTTPS 远程提交</translation>
    </message>
    <message>
        <source>&amp;Open spec…</source>
        <translation>打开规格(&amp;O)…</translation>
    </message>
    <message>
        <source>Load a saved job spec into every page (%1)</source>
        <translation>将已保存的作业规格载入所有页面 (%1)</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Remote submission</source>
        <translation>远程提交</translation>
    </message>
    <message>
        <source>Project &amp;URL:</source>
        <translation>项目 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>https://project.example.org/myproject/</source>
        <translation>https://project.example.org/myproject/</translation>
    </message>
    <message>
        <source>Account &amp;email:</source>
        <translation>账户电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>to look up the account&apos;s authenticator</source>
        <translation>用于查询该账户的账户密钥 (authenticator)</translation>
    </message>
    <message>
        <source>The account&apos;s authenticator is kept in the system keychain, never in the job spec or the settings.</source>
        <translation>账户密钥 (authenticator) 保存在系统密钥环中，从不写入作业规格或设置。</translation>
    </message>
    <message>
        <source>&amp;Forget stored login</source>
        <translation>忘记保存的登录(&amp;F)</translation>
    </message>
    <message>
        <source>Delete this project&apos;s account key from the keychain; the next submission asks you to sign in</source>
        <translation>从密钥环中删除此项目的账户密钥；下次提交时会要求你登录</translation>
    </message>
    <message>
        <source>The stored login for %1 was deleted.</source>
        <translation>已删除 %1 保存的登录。</translation>
    </message>
    <message>
        <source>Could not delete the stored login for %1: %2</source>
        <translation>无法删除 %1 保存的登录：%2</translation>
    </message>
</context>
<context>
    <name>bdm::gui::TaskActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 of CPU time and %4 elapsed would be lost</source>
        <translation>%1：已完成 %2，将丢失 %3 的 CPU 时间和 %4 的已用时间</translation>
    </message>
    <message numerus="yes">
        <source>Abort %n task(s)? The client reports an aborted task to its project as failed, and the work done so far is thrown away.</source>
        <translation>
            <numerusform>要中止 %n 个任务吗？客户端会向项目报告被中止的任务为失败，并且目前已完成的工作将被丢弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>Abort tasks</source>
        <translation>中止任务</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Suspend the selected tasks (the client pauses their containers)</source>
        <translation>暂停所选任务（客户端会暂停它们的容器）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Let the client run the selected tasks again</source>
        <translation>让客户端继续运行所选任务</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>中止…</translation>
    </message>
    <message>
        <source>Abort the selected tasks (asks first)</source>
        <translation>中止所选任务（会先询问）</translation>
    </message>
</context>
<context>
    <name>bdm::gui::TaskDetailPanel</name>
    <message>
        <source>Select a task to see its details.</source>
        <translation>选择一个任务以查看其详细信息。</translation>
    </message>
    <message>
        <source>Container %1 belongs to no task of this client.</source>
        <translation>容器 %1 不属于此客户端的任何任务。</translation>
    </message>
    <message>
        <source>The task has no slot directory (it is not running).</source>
        <translation>该任务没有槽位目录（它没有在运行）。</translation>
    </message>
    <message>
        <source>%1 cannot be read here (the client may run on another computer, or as another user).</source>
        <translation>无法在此处读取 %1（客户端可能运行在另一台计算机上，或以另一个用户身份运行）。</translation>
    </message>
    <message>
        <source>fraction_done: %1</source>
        <translation>fraction_done：%1</translation>
    </message>
    <message>
        <source>fraction_done: not written by this application</source>
        <translation>fraction_done：此应用程序不写入该值</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Workunit name</source>
        <translation>工作单元名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Report deadline</source>
        <translation>报告截止时间</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU 时间</translation>
    </message>
    <message>
        <source>CPU time since checkpoint</source>
        <translation>自检查点以来的 CPU 时间</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Estimated time remaining</source>
        <translation>预计剩余时间</translation>
    </message>
    <message>
        <source>Fraction done</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <source>Virtual memory size</source>
        <translation>虚拟内存大小</translation>
    </message>
    <message>
        <source>Working set size</source>
        <translation>工作集大小</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <source>Progress rate</source>
        <translation>进度速率</translation>
    </message>
    <message>
        <source> % per hour</source>
        <translation> % 每小时</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <source>CPU and memory</source>
        <translation>CPU 和内存</translation>
    </message>
    <message>
        <source>Container log</source>
        <translation>容器日志</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>槽位</translation>
    </message>
</context>
<context>
    <name>bdm::gui::TaskEngineLink</name>
    <message>
        <source>no container engine was given to this window</source>
        <translation>未向此窗口提供容器引擎</translation>
    </message>
    <message>
        <source>no container engine answered</source>
        <translation>没有容器引擎应答</translation>
    </message>
</context>
<context>
    <name>bdm::gui::TaskHistoryDialog</name>
    <message>
        <source>Container task history</source>
        <translation>容器任务历史</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The task history is not available: %1</source>
        <translation>任务历史不可用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n finished container task(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个已完成的容器任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export task history</source>
        <translation>导出任务历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>bdm::gui::TaskHistoryModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>内存耗尽</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>内存峰值</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU 时间</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>计算机</translation>
    </message>
</context>
<context>
    <name>bdm::gui::TaskJoinModel</name>
    <message>
        <source>No task of this client claims container %1. BOINC normally removes a task&apos;s container when the task ends; this one was left behind or made by hand.</source>
        <translation>此客户端没有任何任务认领容器 %1。BOINC 通常会在任务结束时移除任务的容器；这个容器是遗留下来的，或是手动创建的。</translation>
    </message>
    <message>
        <source>This container task is running or suspended, but the engine has no container named %1.</source>
        <translation>此容器任务正在运行或已暂停，但容器引擎中没有名为 %1 的容器。</translation>
    </message>
    <message>
        <source>The container mounts slot %1, not the task&apos;s slot.</source>
        <translation>该容器挂载的是槽位 %1，而不是该任务的槽位。</translation>
    </message>
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
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Plan class</source>
        <translation>计划类</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Container state</source>
        <translation>容器状态</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>No task (orphan container)</source>
        <translation>无任务（孤立容器）</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>无容器引擎</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
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
    <message>
        <source>Looking for the container engine…</source>
        <translation>正在查找容器引擎…</translation>
    </message>
    <message>
        <source>No container engine: %1. Container columns say &quot;no engine&quot;; tasks can still be suspended, resumed and aborted.</source>
        <translation>没有容器引擎：%1。容器相关列显示“无容器引擎”；任务仍可暂停、继续和中止。</translation>
    </message>
    <message>
        <source>Filter tasks and containers (Ctrl+F)</source>
        <translation>筛选任务和容器（Ctrl+F）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>选择要显示的列</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Container tasks that have finished, with CSV export</source>
        <translation>已结束的容器任务，可导出为 CSV</translation>
    </message>
    <message>
        <source>No task history in this window</source>
        <translation>此窗口中没有任务历史</translation>
    </message>
</context>
<context>
    <name>bdm::gui::VerdictBanner</name>
    <message>
        <source>Fix:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>正在检查这台计算机…</translation>
    </message>
    <message>
        <source>This computer qualifies for Docker/Podman jobs</source>
        <translation>这台计算机符合运行 Docker/Podman 作业的条件</translation>
    </message>
    <message>
        <source>This computer does not qualify for Docker/Podman jobs</source>
        <translation>这台计算机不符合运行 Docker/Podman 作业的条件</translation>
    </message>
    <message>
        <source>CPU container jobs</source>
        <translation>CPU 容器作业</translation>
    </message>
    <message>
        <source>NVIDIA GPU container jobs</source>
        <translation>NVIDIA GPU 容器作业</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
</context>
<context>
    <name>bdm::monitor::HostPasswords</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>密钥环未在 %1 秒内应答</translation>
    </message>
</context>
</TS>
