<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddressForm</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Province/State</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>国家（两位字母）</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <source>Choose a province</source>
        <translation>选择省份</translation>
    </message>
    <message>
        <source>District, street, building, room</source>
        <translation>区、街道、楼号、门牌</translation>
    </message>
    <message>
        <source>Address &amp;book</source>
        <translation>地址簿(&amp;B)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>省份(&amp;P)</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>城市(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>街道地址(&amp;S)</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>街道地址第二行</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Choose a city</source>
        <translation>选择城市</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock — {0}</source>
        <translation>调整库存 — {0}</translation>
    </message>
    <message>
        <source>Units to add (positive) or take away (negative)</source>
        <translation>要增加（正数）或减少（负数）的件数</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>Other (describe it)</source>
        <translation>其他（请说明）</translation>
    </message>
    <message>
        <source>What happened, where (e.g. shelf B3 recount)</source>
        <translation>发生了什么、在哪里（例如：B3 货架重新盘点）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>&amp;Change by</source>
        <translation>调整数量(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>{0} on hand → {1}; {2} reserved</source>
        <translation>在库 {0} → {1}；已预留 {2}</translation>
    </message>
    <message>
        <source>{0} on hand, {1} reserved, {2} available</source>
        <translation>在库 {0}，已预留 {1}，可用 {2}</translation>
    </message>
</context>
<context>
    <name>AftersalesPanel</name>
    <message>
        <source>Cases</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Goods-in</source>
        <translation>退货入库</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Edit article</source>
        <translation>编辑文章</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. refund, alipay, 退款</source>
        <translation>用逗号分隔，例如：refund, alipay, 退款</translation>
    </message>
    <message>
        <source>The reply as the customer reads it. {customer}, {order_no}, {case_no} and {shop} are filled in for the case; write [brackets] for what the agent completes.</source>
        <translation>客户看到的回复正文。{customer}、{order_no}、{case_no} 和 {shop} 会按售后单自动填入；需要客服补充的内容请写在 [方括号] 中。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Case types:</source>
        <translation>售后类型：</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Suggested for cases of the ticked types and reasons; none ticked means any.</source>
        <translation>推荐给所勾选类型和原因的售后单；都不勾选表示不限。</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>This article was changed at another desk — reloaded. Check it and save again.</source>
        <translation>此文章已在其他工作台被修改，已重新加载。请核对后再次保存。</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeTableModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>now {0}</source>
        <translation>现为{0}</translation>
    </message>
</context>
<context>
    <name>BatchResultDialog</name>
    <message>
        <source>{0}: {1} orders…</source>
        <translation>{0}：{1} 个订单…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>{0} of {1} orders done, {2} refused.</source>
        <translation>已处理 {0}/{1} 个订单，{2} 个被拒绝。</translation>
    </message>
    <message>
        <source>Stopping after the current order…</source>
        <translation>处理完当前订单后停止…</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>The carriers&apos; tracking APIs, for every station of the shop. Secrets are kept in this computer&apos;s keyring.</source>
        <translation>承运商的物流查询接口，店铺的所有工作站共用。密钥保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>Only an administrator can change the carriers.</source>
        <translation>只有管理员可以更改承运商设置。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>&amp;Enabled: poll this carrier</source>
        <translation>启用：向此承运商查询(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
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
        <source>none needed</source>
        <translation>无需凭据</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>基础 URL(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Partner ID</source>
        <translation>顾客编码(&amp;P)</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>客户端 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>授权 Key(&amp;K)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Check &amp;word</source>
        <translation>校验码(&amp;W)</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>客户端密钥(&amp;S)</translation>
    </message>
    <message>
        <source>{0} stored — type to replace</source>
        <translation>{0} 已保存 — 输入新值以替换</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved; the secret is kept in this computer&apos;s keyring.</source>
        <translation>已保存；密钥保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>Saved; this computer has no keyring: the secret is kept in the shop&apos;s database.</source>
        <translation>已保存；本机没有密钥环：密钥保存在店铺的数据库中。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Save the changes first: the test uses the saved settings.</source>
        <translation>请先保存更改：测试使用的是已保存的设置。</translation>
    </message>
    <message>
        <source>Asking {0}…</source>
        <translation>正在询问 {0}…</translation>
    </message>
    <message>
        <source>Simulator (DHL format)</source>
        <translation>模拟器（DHL 格式）</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>No case selected</source>
        <extracomment>Statuses reached by their own step, not a bare move (goods-in, inspection, a recorded refund). The order the buttons stand in: forward first, then the ways out.</extracomment>
        <translation>未选择售后单</translation>
    </message>
    <message>
        <source>Open the order (Ctrl+Shift+O)</source>
        <translation>打开订单（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA 截止</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Paid / refunded</source>
        <translation>已付款 / 已退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货订单</translation>
    </message>
    <message>
        <source>Changing the priority sets the SLA again from the time the case was opened</source>
        <translation>更改优先级后，SLA 将从售后单创建时起重新计算</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>Make yourself the owner of this case</source>
        <translation>将自己设为此售后单的负责人</translation>
    </message>
    <message>
        <source>Create replacement order</source>
        <translation>创建换货订单</translation>
    </message>
    <message>
        <source>A new order with the same goods, free of charge, that is packed and shipped like any other</source>
        <translation>一张商品相同的免费新订单，与其他订单一样打包发货</translation>
    </message>
    <message>
        <source>Request refund…</source>
        <translation>申请退款…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款记录</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Select a case in the queue to see it here (Enter to work on it).</source>
        <translation>在列表中选择一个售后单即可在此查看（按 Enter 开始处理）。</translation>
    </message>
    <message>
        <source>Case {0}</source>
        <translation>售后单 {0}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Order &lt;a href=&quot;{0}&quot;&gt;{0}&lt;/a&gt;</source>
        <translation>订单 &lt;a href=&quot;{0}&quot;&gt;{0}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Refunds ({0})</source>
        <translation>退款记录（{0}）</translation>
    </message>
    <message>
        <source>Photos ({0})</source>
        <translation>照片（{0}）</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{1} 于 {0}</translation>
    </message>
    <message>
        <source>{0} / {1} · {2} left</source>
        <translation>{0} / {1} · 尚可退 {2}</translation>
    </message>
    <message>
        <source>{0}: every claimed unit received.</source>
        <translation>{0}：申请退回的商品已全部收到。</translation>
    </message>
    <message>
        <source>{0} → {1}: why? The reason is kept on the case.</source>
        <translation>{0} → {1}：原因是什么？原因会记录在售后单中。</translation>
    </message>
    <message>
        <source>{0} is now “{1}”.</source>
        <translation>{0} 现为“{1}”。</translation>
    </message>
    <message>
        <source>{0} is “{1}” now; the SLA follows.</source>
        <translation>{0} 的优先级现为“{1}”；SLA 已随之更新。</translation>
    </message>
    <message>
        <source>You own {0} now.</source>
        <translation>你现在是 {0} 的负责人。</translation>
    </message>
    <message>
        <source>Replacement order created; it goes through packing like any other.</source>
        <translation>换货订单已创建，将与其他订单一样进入打包流程。</translation>
    </message>
    <message>
        <source>{0} asked for; it waits for a manager&apos;s approval.</source>
        <translation>已申请退款 {0}，等待经理审批。</translation>
    </message>
    <message>
        <source>{0} refunded.</source>
        <translation>已退款 {0}。</translation>
    </message>
    <message>
        <source>Refund approved and recorded against the order&apos;s payments.</source>
        <translation>退款已批准，并已记入该订单的付款记录。</translation>
    </message>
    <message>
        <source>Reject refund</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <source>Why is this refund refused?</source>
        <translation>为什么拒绝这笔退款？</translation>
    </message>
    <message>
        <source>Refund rejected.</source>
        <translation>退款已拒绝。</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>已添加 {0}。</translation>
    </message>
    <message>
        <source>Reply sent to {0}.</source>
        <translation>回复已发送至 {0}。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <source>This case was changed at another desk — reloaded. Check it and try again.</source>
        <translation>此售后单已在其他工作台被修改，已重新加载。请核对后重试。</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case {0}</source>
        <translation>售后单 {0}</translation>
    </message>
</context>
<context>
    <name>CaseQueuePage</name>
    <message>
        <source>Search case, order, customer, phone or e-mail  (Ctrl+F)</source>
        <extracomment>The queue shows at most this many cases (the most urgent: the service sorts by SLA).</extracomment>
        <translation>搜索售后单号、订单号、客户、电话或电子邮件（Ctrl+F）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open cases past the time the shop promised an answer by</source>
        <translation>已超过店铺承诺答复时间的未结售后单</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Cases you own</source>
        <translation>由你负责的售后单</translation>
    </message>
    <message>
        <source>Refunds to approve</source>
        <translation>待审批退款</translation>
    </message>
    <message>
        <source>Cases with a refund above the shop&apos;s limit, waiting for a manager</source>
        <translation>退款金额超过店铺限额、等待经理审批的售后单</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>Every case still worked on</source>
        <translation>所有尚未结案的售后单</translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>没有售后单</translation>
    </message>
    <message>
        <source>The first {0} cases by SLA: narrow the search to see the others</source>
        <translation>按 SLA 排序的前 {0} 个售后单：缩小搜索范围可查看其余售后单</translation>
    </message>
    <message>
        <source>{0} cases</source>
        <translation>{0} 个售后单</translation>
    </message>
    <message>
        <source>All types {0}</source>
        <translation>全部类型 {0}</translation>
    </message>
    <message>
        <source>All open {0}</source>
        <translation>全部未结 {0}</translation>
    </message>
    <message>
        <source>Overdue {0}</source>
        <translation>已逾期 {0}</translation>
    </message>
    <message>
        <source>Mine {0}</source>
        <translation>我的 {0}</translation>
    </message>
    <message>
        <source>Refunds to approve {0}</source>
        <translation>待审批退款 {0}</translation>
    </message>
</context>
<context>
    <name>CasesTableModel</name>
    <message>
        <source>Case</source>
        <extracomment>The case number of a row, in every column.</extracomment>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA 截止</translation>
    </message>
    <message>
        <source>Overdue: the shop promised an answer by {0}</source>
        <translation>已逾期：店铺承诺在 {0} 前答复</translation>
    </message>
    <message>
        <source>A refund waits for a manager&apos;s approval</source>
        <translation>有一笔退款等待经理审批</translation>
    </message>
    <message>
        <source>Category: {0}</source>
        <translation>类别：{0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>No notes or replies yet.</source>
        <translation>暂无备注或回复。</translation>
    </message>
    <message>
        <source>Write the reply to the customer, or an internal note. Articles from the knowledge base go in at the cursor.</source>
        <translation>在此输入给客户的回复或内部备注。知识库文章会插入到光标处。</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>E-mail it to the customer and keep it on the case (Ctrl+Enter)</source>
        <translation>通过电子邮件发送给客户，并保存在售后单中（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>添加内部备注</translation>
    </message>
    <message>
        <source>Kept on the case for the shop only; the customer never sees it</source>
        <translation>仅保存在售后单中供店铺内部查看，客户看不到</translation>
    </message>
    <message>
        <source>The knowledge base is not available here.</source>
        <translation>此处无法使用知识库。</translation>
    </message>
</context>
<context>
    <name>GoodsInPage</name>
    <message>
        <source>Scan the case or order barcode on the return slip</source>
        <translation>扫描退货单上的售后单或订单条码</translation>
    </message>
    <message>
        <source>Scan a returned parcel&apos;s slip to start.</source>
        <translation>扫描退货包裹中的退货单即可开始。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申请数量</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>包裹内数量</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>These units are here (Enter in the scan box, or Ctrl+Enter)</source>
        <translation>确认这些商品已收到（在扫描框中按 Enter，或按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Count what is in the parcel:</source>
        <translation>清点包裹内的商品：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单件</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Why written off</source>
        <translation>报损原因</translation>
    </message>
    <message>
        <source>All back on the shelf</source>
        <translation>全部重新上架</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Restock and write off as decided (Enter in the scan box, or Ctrl+Enter)</source>
        <translation>按所选处理方式重新上架或报损（在扫描框中按 Enter，或按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Each unit: back on the shelf, or written off with the reason:</source>
        <translation>逐件处理：重新上架，或报损并注明原因：</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1&lt;/b&gt;&amp;nbsp; Scan the barcode on the customer&apos;s return slip (the case or the order number).&lt;/p&gt;&lt;p&gt;&lt;b&gt;2&lt;/b&gt;&amp;nbsp; Count what is in the parcel and press &lt;b&gt;Receive&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3&lt;/b&gt;&amp;nbsp; For each unit: back on the shelf, or written off with the reason — then &lt;b&gt;Done&lt;/b&gt;. Stock follows at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;1&lt;/b&gt;&amp;nbsp; 扫描客户退货单上的条码（售后单号或订单号）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;2&lt;/b&gt;&amp;nbsp; 清点包裹内的商品，然后点击&lt;b&gt;收货&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;3&lt;/b&gt;&amp;nbsp; 逐件处理：重新上架，或报损并注明原因，然后点击&lt;b&gt;完成&lt;/b&gt;。库存随即更新。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for an open return for {0}…</source>
        <translation>正在查找 {0} 的未结退货…</translation>
    </message>
    <message>
        <source>{0} {1} for order {2}: count what came back and press Receive (or Enter).</source>
        <translation>订单 {2} 的{0} {1}：请清点退回的商品，然后点击“收货”（或按 Enter）。</translation>
    </message>
    <message>
        <source>{0} is received: decide each unit and press Done.</source>
        <translation>{0} 已收货：请逐件选择处理方式，然后点击“完成”。</translation>
    </message>
    <message>
        <source>{0} is “{1}”: nothing to receive or inspect here.</source>
        <translation>{0} 当前为“{1}”：此处无需收货或验货。</translation>
    </message>
    <message>
        <source>No open return or exchange for “{0}”. Check the slip, or ask the service desk to open one.</source>
        <translation>没有找到“{0}”的未结退货或换货。请核对退货单，或请客服创建售后单。</translation>
    </message>
    <message>
        <source>{0} {1} · order {2} · {3} · {4}</source>
        <translation>{0} {1} · 订单 {2} · {3} · {4}</translation>
    </message>
    <message>
        <source>Nothing counted: set how many units are in the parcel.</source>
        <translation>尚未清点：请填写包裹内的商品件数。</translation>
    </message>
    <message>
        <source>{0}: 1 unit received. Now decide what becomes of it.</source>
        <translation>{0}：已收到 1 件。请决定如何处理它。</translation>
    </message>
    <message>
        <source>{0}: {1} units received. Now decide each one.</source>
        <translation>{0}：已收到 {1} 件。请逐件选择处理方式。</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0}/{1} 件</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>重新上架</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>e.g. broken seal, damaged box</source>
        <translation>例如：封条破损、包装盒损坏</translation>
    </message>
    <message>
        <source>Say why each written-off unit cannot be sold.</source>
        <translation>请说明每件报损商品无法再销售的原因。</translation>
    </message>
    <message>
        <source>{0} done: {1} back on the shelf, {2} written off. Scan the next parcel.</source>
        <translation>{0} 已完成：重新上架 {1} 件，报损 {2} 件。请扫描下一个包裹。</translation>
    </message>
</context>
<context>
    <name>KnowledgeBasePage</name>
    <message>
        <source>Search title, text or tags (Chinese or English)</source>
        <extracomment>An article was created, edited, retired or restored here.</extracomment>
        <translation>搜索标题、正文或标签（中文或英文）</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>新建文章(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>未选择文章</translation>
    </message>
    <message>
        <source>{0} (retired)</source>
        <translation>{0}（已停用）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>{0} · tags: {1}
Suggested for: {2} · reasons: {3}
Version {4}, last saved by {5}</source>
        <translation>{0} · 标签：{1}
推荐用于：{2} · 原因：{3}
版本 {4}，最后由 {5} 保存</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>This article was changed at another desk — reloaded. Check it and try again.</source>
        <translation>此文章已在其他工作台被修改，已重新加载。请核对后重试。</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>已保存“{0}”。</translation>
    </message>
    <message>
        <source>Retired “{0}”: agents no longer see it.</source>
        <translation>已停用“{0}”：客服将不再看到这篇文章。</translation>
    </message>
</context>
<context>
    <name>KnowledgePicker</name>
    <message>
        <source>Search articles (Chinese or English)</source>
        <extracomment>The article rendered for the case (placeholders filled), to go in at the reply&apos;s cursor.</extracomment>
        <translation>搜索文章（中文或英文）</translation>
    </message>
    <message>
        <source>Suggested for this case</source>
        <translation>本售后单的推荐文章</translation>
    </message>
    <message>
        <source>Select an article to read it here.</source>
        <translation>选择一篇文章即可在此阅读。</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>插入回复</translation>
    </message>
    <message>
        <source>Enter inserts the selected article into the reply, filled in for the case; Alt+1 … Alt+5 insert suggestion 1 to 5 from anywhere in this window.</source>
        <translation>按 Enter 将所选文章插入回复，并自动填入本售后单的信息；在此窗口任意位置按 Alt+1 … Alt+5 可插入第 1 到 5 篇推荐文章。</translation>
    </message>
    <message>
        <source>Found: {0}</source>
        <translation>找到 {0} 篇</translation>
    </message>
    <message>
        <source>No article holds these words.</source>
        <translation>没有文章包含这些词。</translation>
    </message>
    <message>
        <source>No suggestions for this case; search above.</source>
        <translation>本售后单没有推荐文章；请在上方搜索。</translation>
    </message>
    <message>
        <source>There is no suggestion {0}.</source>
        <translation>没有第 {0} 篇推荐文章。</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>On hand Δ</source>
        <translation>在库变化</translation>
    </message>
    <message>
        <source>Reserved Δ</source>
        <translation>预留变化</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Ledger — {0}</source>
        <translation>库存流水 — {0}</translation>
    </message>
    <message>
        <source>{0} on hand · {1} reserved · {2} available · low at {3}</source>
        <translation>在库 {0} · 已预留 {1} · 可用 {2} · 预警值 {3}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No stock movements yet.</source>
        <translation>暂无库存变动。</translation>
    </message>
    <message>
        <source>The newest {0} movements, newest first.</source>
        <translation>最近 {0} 条变动，最新的在前。</translation>
    </message>
</context>
<context>
    <name>LineEditBar</name>
    <message>
        <source>The selected line&apos;s quantity</source>
        <extracomment>What the edit controls ask the dialog to run: the service method&apos;s name, its arguments, and the sentence to show when it succeeded.</extracomment>
        <translation>所选行的数量</translation>
    </message>
    <message>
        <source>Set quantity</source>
        <translation>设置数量</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>The address the units go to</source>
        <translation>这些件数寄往的地址</translation>
    </message>
    <message>
        <source>How many of the line&apos;s units move (all of them splits nothing)</source>
        <translation>移走此行的多少件（全部移走则不拆分）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>catalogue price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Leave empty for the catalogue&apos;s price; another price needs a reason</source>
        <translation>留空即按目录价；其他价格需填写原因</translation>
    </message>
    <message>
        <source>why this price</source>
        <translation>为何用此价格</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Selected line:</source>
        <translation>所选行：</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>寄出</translation>
    </message>
    <message>
        <source>of it to</source>
        <translation>件，寄往</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Address {0}</source>
        <translation>地址 {0}</translation>
    </message>
    <message>
        <source>Your role may not change orders.</source>
        <translation>您的角色不能修改订单。</translation>
    </message>
    <message>
        <source>The lines are fixed while packing station {0} has the order.</source>
        <translation>包装台 {0} 正在处理此订单，商品行不能修改。</translation>
    </message>
    <message>
        <source>The lines are fixed once the order is packed.</source>
        <translation>订单包装后商品行不能再修改。</translation>
    </message>
    <message>
        <source>Line {0}: quantity {1} → {2}.</source>
        <translation>第 {0} 行：数量 {1} → {2}。</translation>
    </message>
    <message>
        <source>Line {0} removed.</source>
        <translation>已删除第 {0} 行。</translation>
    </message>
    <message>
        <source>{0} × {1} moved to address {2}.</source>
        <translation>{0} × {1} 已移到地址 {2}。</translation>
    </message>
    <message>
        <source>The price “{0}” is not an amount such as 12.50.</source>
        <translation>价格“{0}”不是像 12.50 这样的金额。</translation>
    </message>
    <message>
        <source>Line {0} added.</source>
        <translation>已添加第 {0} 行。</translation>
    </message>
</context>
<context>
    <name>LinesView</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申请数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>已上架</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已报损</translation>
    </message>
    <message>
        <source>Why written off</source>
        <translation>报损原因</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>desktop-oms — log in</source>
        <translation>desktop-oms — 登录</translation>
    </message>
    <message>
        <source>desktop-oms — new shop</source>
        <translation>desktop-oms — 新店铺</translation>
    </message>
    <message>
        <source>Create the administrator of this shop</source>
        <translation>创建本店铺的管理员</translation>
    </message>
    <message>
        <source>Log in to {0}</source>
        <translation>登录 {0}</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>This database has no users yet. The administrator can add packers, agents and managers afterwards.</source>
        <translation>此数据库还没有用户。管理员之后可以添加打包员、客服和经理。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>desktop-oms — {0}</source>
        <extracomment>With deferred tabs: how long after the queue&apos;s first page arrives the other tabs are made (its paint first). The other tabs&apos; modules: with deferred tabs they are imported in a pool thread (no widget is made there, only classes defined), then the tabs are built on the GUI thread one per turn of its loop. The services those tabs use, made (their modules imported) in the same pool thread. Every tab the role may use is there (at once, or with `defer_tabs` a moment after the first page).</extracomment>
        <translation>desktop-oms — {0}</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The shop&apos;s database</source>
        <translation>店铺数据库</translation>
    </message>
    <message>
        <source>○ connecting…</source>
        <translation>○ 正在连接…</translation>
    </message>
    <message>
        <source>updates on F5</source>
        <translation>按 F5 刷新</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>新订单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>打开订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Allocate selected</source>
        <translation>分配所选订单(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hold selected…</source>
        <translation>挂起所选订单(&amp;H)…</translation>
    </message>
    <message>
        <source>R&amp;elease selected</source>
        <translation>解除挂起所选订单(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel selected…</source>
        <translation>取消所选订单(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Give back from packing…</source>
        <translation>从打包台退回队列(&amp;G)…</translation>
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
        <source>&amp;About desktop-oms</source>
        <translation>关于 desktop-oms(&amp;A)</translation>
    </message>
    <message>
        <source>About desktop-oms</source>
        <translation>关于 desktop-oms</translation>
    </message>
    <message>
        <source>desktop-oms — the back office for an online shop&apos;s orders, stock, packing, shipping and after-sales.</source>
        <translation>desktop-oms — 网店后台：订单、库存、打包、发货与售后。</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>● live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <source>○ reconnecting…</source>
        <translation>○ 正在重新连接…</translation>
    </message>
    <message>
        <source>Changes made at other stations appear here by themselves</source>
        <translation>其他工作站所做的更改会自动显示在这里</translation>
    </message>
    <message>
        <source>The database cannot be reached; retrying</source>
        <translation>无法连接数据库，正在重试</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case on order {0}</source>
        <extracomment>The reason a type starts with (the agent changes it when the customer says otherwise).</extracomment>
        <translation>为订单 {0} 新建售后单</translation>
    </message>
    <message>
        <source>{0}  {1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>1 return · 2 exchange · 3 refund · 4 complaint</source>
        <translation>1 退货 · 2 换货 · 3 退款 · 4 投诉</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What the customer says, in a sentence or two</source>
        <translation>用一两句话记下客户的描述</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>本次申请</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Units already claimed by other open returns and exchanges</source>
        <translation>其他未结退货或换货已申请的件数</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>创建售后单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Type (1–4)</source>
        <translation>类型（1–4）</translation>
    </message>
    <message>
        <source>{0} at {1} each</source>
        <translation>{0}，单价 {1}</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation> / {0}</translation>
    </message>
    <message>
        <source>What comes back (at most what was shipped and not already returned):</source>
        <translation>退回的商品（不超过已发货且尚未退回的数量）：</translation>
    </message>
    <message>
        <source>Lines it is about (optional):</source>
        <translation>涉及的商品（可选）：</translation>
    </message>
    <message>
        <source>A return or an exchange needs at least one unit that was shipped and not already returned.</source>
        <translation>退货或换货至少需要一件已发货且尚未退回的商品。</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New order</source>
        <extracomment>The payment statuses a new order may start in, per kind of method (the service&apos;s rule).</extracomment>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Save order  (Ctrl+Enter)</source>
        <translation>保存订单  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Name, phone or e-mail — Down and Enter pick</source>
        <translation>姓名、电话或电子邮件 — 用 ↓ 和 Enter 选择</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>&amp;New customer instead</source>
        <translation>改为新客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Use this customer</source>
        <translation>使用此客户(&amp;U)</translation>
    </message>
    <message>
        <source>Scan a barcode, or type SKU or name and Enter</source>
        <translation>扫描条码，或输入 SKU 或品名后按 Enter</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Price reason</source>
        <translation>改价原因</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>地址 1</translation>
    </message>
    <message>
        <source>Add another add&amp;ress</source>
        <translation>再添加一个地址(&amp;R)</translation>
    </message>
    <message>
        <source>Send some lines to another address (Spring Festival gifts)</source>
        <translation>把部分商品寄到另一个地址（春节礼品）</translation>
    </message>
    <message>
        <source>&amp;Allocate at once</source>
        <translation>立即分配库存(&amp;A)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品行</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>付款方式(&amp;Y)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Macau</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <source>New order {0}</source>
        <translation>新订单 {0}</translation>
    </message>
    <message>
        <source>No customer found: type a new one below.</source>
        <translation>没有找到客户：请在下方填写新客户。</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>相同的电话</translation>
    </message>
    <message>
        <source>the same e-mail</source>
        <translation>相同的电子邮件</translation>
    </message>
    <message>
        <source>⚠ {0} already has {1}. Pick them instead?</source>
        <translation>⚠ {0} 已使用{1}。改为选择该客户？</translation>
    </message>
    <message>
        <source>{0}  {1}  · {2} available · {3}</source>
        <translation>{0}  {1}  · 可用 {2} · {3}</translation>
    </message>
    <message>
        <source>No active product “{0}”.</source>
        <translation>没有在售商品“{0}”。</translation>
    </message>
    <message>
        <source>Only {0} available: the order waits for stock (backordered)</source>
        <translation>仅有 {0} 件可用：订单将等待到货（缺货待发）</translation>
    </message>
    <message>
        <source>{0} items · total {1}</source>
        <translation>{0} 件 · 合计 {1}</translation>
    </message>
    <message>
        <source>Address {0}</source>
        <translation>地址 {0}</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <source>Discard this order?</source>
        <translation>放弃此订单？</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>Order {0}</source>
        <extracomment>Edits whose refusal says &quot;this order is past editing&quot; rather than &quot;cannot move to …&quot;.</extracomment>
        <translation>订单 {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Province/State</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>国家（两位字母代码）</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA 截止</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建售后单…</translation>
    </message>
    <message>
        <source>A return, exchange, refund or complaint on this order (Ctrl+K, then 1–4 for the type, Enter)</source>
        <translation>为此订单发起退货、换货、退款或投诉（按 Ctrl+K，再按 1–4 选择类型，然后按 Enter）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} {3} · {4} / {5}</source>
        <translation>{0} · {1} · {2} {3} · {4} / {5}</translation>
    </message>
    <message>
        <source>(no customer details)</source>
        <translation>（无客户信息）</translation>
    </message>
    <message>
        <source>The address is fixed once the order is packed.</source>
        <translation>订单打包后地址不能再修改。</translation>
    </message>
    <message>
        <source>Your role may not change addresses.</source>
        <translation>你的角色无权修改地址。</translation>
    </message>
    <message>
        <source>Ship to (address 1)</source>
        <translation>收货地址（地址 1）</translation>
    </message>
    <message>
        <source>Addresses ({0})</source>
        <translation>地址（{0}）</translation>
    </message>
    <message>
        <source>Gift message: {0}</source>
        <translation>礼品留言：{0}</translation>
    </message>
    <message>
        <source>On hold because: {0}</source>
        <translation>挂起原因：{0}</translation>
    </message>
    <message>
        <source>{0} shipped</source>
        <translation>已发货 {0}</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>{0} of {1} reserved</source>
        <translation>已预留 {0}/{1}</translation>
    </message>
    <message>
        <source>not reserved</source>
        <translation>未预留</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>{0} {1} × {2}</source>
        <translation>{0} {1} × {2}</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>Tracking: {0}</source>
        <translation>物流单号：{0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Case {0}: {1}</source>
        <translation>售后单 {0}：{1}</translation>
    </message>
    <message>
        <source>Line {0} qty {1} → {2}</source>
        <translation>第 {0} 行数量 {1} → {2}</translation>
    </message>
    <message>
        <source>Line added: {0} × {1}</source>
        <translation>添加一行：{0} × {1}</translation>
    </message>
    <message>
        <source>Line removed: {0} × {1}</source>
        <translation>删除一行：{0} × {1}</translation>
    </message>
    <message>
        <source>{0} × {1} moved from address {2} to address {3}</source>
        <translation>{0} × {1} 从地址 {2} 移到地址 {3}</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>地址已修改</translation>
    </message>
    <message>
        <source>Address {0} changed</source>
        <translation>地址 {0} 已修改</translation>
    </message>
    <message>
        <source>Address {0} added</source>
        <translation>已添加地址 {0}</translation>
    </message>
    <message>
        <source>Address {0} removed</source>
        <translation>已删除地址 {0}</translation>
    </message>
    <message>
        <source>at {0} instead of the catalogue&apos;s {1}: {2}</source>
        <translation>价格 {0}（目录价 {1}）：{2}</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>价格 {0}</translation>
    </message>
    <message>
        <source>Cases ({0})</source>
        <translation>售后单（{0}）</translation>
    </message>
    <message>
        <source>Case {0} opened.</source>
        <translation>售后单 {0} 已创建。</translation>
    </message>
    <message>
        <source>Address saved.</source>
        <translation>地址已保存。</translation>
    </message>
    <message>
        <source>This order was changed at another desk — reloaded. Your address was not saved; check the order and enter it again.</source>
        <translation>此订单已在其他工作台被修改，已重新加载。你的地址没有保存；请核对订单后重新输入。</translation>
    </message>
    <message>
        <source>This order was changed at another desk — reloaded. Your change was not saved; check the order and make it again.</source>
        <translation>此订单已在另一工位被修改 — 已重新载入。您的修改未保存；请检查订单后重新修改。</translation>
    </message>
    <message>
        <source>Order {0} is {1} now: its lines and addresses can no longer change.</source>
        <translation>订单 {0} 现在为“{1}”：商品行和地址不能再修改。</translation>
    </message>
</context>
<context>
    <name>OrderQueueTableModel</name>
    <message>
        <source>Order</source>
        <extracomment>Pages kept in memory; more are dropped, farthest from the last one asked for first. After a live update, the anchors (a scan of the whole filter) are renewed at most this often... ...unless the filter is small enough to scan every time. Status colours: (text, background), soft enough to read all day. A page of rows and, for each, the texts of its columns. The first page of a new filter is in, and when the count is known (the anchors come later). A refresh (F5, live update) has replaced every loaded page.</extracomment>
        <translation>订单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Search order number, customer, phone or e-mail  (Ctrl+F)</source>
        <extracomment>Orders allocated per call in a batch: progress and Stop between chunks. The chips, in the order an order lives. &quot;New order…&quot; was pressed (the window opens the dialog). Something this panel did changed orders (the stock tab may want to know).</extracomment>
        <translation>搜索订单号、客户、电话或电子邮件（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>任何付款状态</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新订单…</translation>
    </message>
    <message>
        <source>Type in an order for a customer on the phone (Ctrl+N)</source>
        <translation>为电话中的客户录入订单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Reserve stock for the selected orders, whole orders only</source>
        <translation>为所选订单预留库存（仅整单分配）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>All {0}</source>
        <translation>全部 {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>{0} 个订单</translation>
    </message>
    <message>
        <source>Hold orders</source>
        <translation>挂起订单</translation>
    </message>
    <message>
        <source>Why are these {0} orders held?</source>
        <translation>为什么挂起这 {0} 个订单？</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Cancel {0} orders and release their stock. Reason:</source>
        <translation>取消 {0} 个订单并释放其库存。原因：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give back from packing</source>
        <translation>从打包台退回队列</translation>
    </message>
    <message>
        <source>Give {0} orders back from their packing station. Why?</source>
        <translation>将 {0} 个订单从其打包工作站退回队列。原因？</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
</context>
<context>
    <name>PackingPanel</name>
    <message>
        <source>Press Enter for the next order, or scan an order&apos;s barcode.</source>
        <extracomment>Esc must be pressed twice within this time to give an order back.</extracomment>
        <translation>按 Enter 领取下一个订单，或扫描订单条码。</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>在此扫描</translation>
    </message>
    <message>
        <source>Scan box</source>
        <translation>扫描框</translation>
    </message>
    <message>
        <source>Enter: next order · Ctrl+Z: undo the last scan · Esc twice: give the order back · F4: choose the carrier · F6: print the slip again</source>
        <translation>Enter：下一个订单 · Ctrl+Z：撤销上一次扫描 · 按两次 Esc：退回订单 · F4：选择承运商 · F6：重新打印装箱单</translation>
    </message>
    <message>
        <source>Station: {0}</source>
        <translation>工作站：{0}</translation>
    </message>
    <message>
        <source>Your role may not pack orders.</source>
        <translation>你的角色无权打包订单。</translation>
    </message>
    <message>
        <source>One moment — still saving the last step.</source>
        <translation>请稍候 — 上一步仍在保存。</translation>
    </message>
    <message>
        <source>Scan the next item of {0}.</source>
        <translation>请扫描 {0} 的下一件商品。</translation>
    </message>
    <message>
        <source>Scan the carrier&apos;s tracking label.</source>
        <translation>请扫描快递面单。</translation>
    </message>
    <message>
        <source>Taking the next order…</source>
        <translation>正在领取下一个订单…</translation>
    </message>
    <message>
        <source>Taking order {0}…</source>
        <translation>正在领取订单 {0}…</translation>
    </message>
    <message>
        <source>Parcel {0} of {1} of {2} is packed. Scan its tracking label.</source>
        <translation>{2} 的第 {0}/{1} 个包裹已包装。请扫描它的运单号。</translation>
    </message>
    <message>
        <source>{0} is packed. Scan the carrier&apos;s tracking label (F6 prints the slip again).</source>
        <translation>{0} 已打包。请扫描快递面单（按 F6 重新打印装箱单）。</translation>
    </message>
    <message>
        <source>{0} goes to {1} addresses. Parcel {2} of {1}: scan its {3} units.</source>
        <translation>{0} 寄往 {1} 个地址。第 {2}/{1} 个包裹：请扫描其 {3} 件商品。</translation>
    </message>
    <message>
        <source>{0} was still open at this station: scan all its items again.</source>
        <translation>{0} 在本工作站尚未完成：请重新扫描全部商品。</translation>
    </message>
    <message>
        <source>Scan the items of {0}: {1} units.</source>
        <translation>请扫描 {0} 的商品：共 {1} 件。</translation>
    </message>
    <message>
        <source>No order is waiting to be packed. Press Enter to look again.</source>
        <translation>没有待打包的订单。按 Enter 重新查找。</translation>
    </message>
    <message>
        <source>That is this order&apos;s own barcode: scan its items.</source>
        <translation>这是本订单自身的条码：请扫描订单中的商品。</translation>
    </message>
    <message>
        <source>✓ {0} — {1}  {2} / {3}</source>
        <translation>✓ {0} — {1}  {2} / {3}</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>✗ One too many: {0} needs {1}. Put it back.</source>
        <translation>✗ 多扫了一件：{0} 只需 {1} 件。请放回。</translation>
    </message>
    <message>
        <source>✗ Not in this order: {0}</source>
        <translation>✗ 不属于本订单：{0}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的扫描。</translation>
    </message>
    <message>
        <source>Undone: {0}  {1} / {2}</source>
        <translation>已撤销：{0}  {1} / {2}</translation>
    </message>
    <message>
        <source>Press Esc again to give {0} back.</source>
        <translation>再按一次 Esc 将 {0} 退回队列。</translation>
    </message>
    <message>
        <source>Giving {0} back…</source>
        <translation>正在将 {0} 退回队列…</translation>
    </message>
    <message>
        <source>{0} given back. Press Enter for the next order.</source>
        <translation>{0} 已退回队列。按 Enter 领取下一个订单。</translation>
    </message>
    <message>
        <source>Printing the slip of {0} again.</source>
        <translation>正在重新打印 {0} 的装箱单。</translation>
    </message>
    <message>
        <source>All items scanned — packing {0}…</source>
        <translation>商品已全部扫描 — 正在打包 {0}…</translation>
    </message>
    <message>
        <source>Parcel {0} of {1} packed ✓ Scan its tracking label.</source>
        <translation>第 {0}/{1} 个包裹已包装 ✓ 请扫描它的运单号。</translation>
    </message>
    <message>
        <source>Packed ✓ Scan the carrier&apos;s tracking label.</source>
        <translation>已打包 ✓ 请扫描快递面单。</translation>
    </message>
    <message>
        <source>The packing slip is printing.</source>
        <translation>正在打印装箱单。</translation>
    </message>
    <message>
        <source>✗ That is an item, not a tracking label.</source>
        <translation>✗ 这是商品，不是快递面单。</translation>
    </message>
    <message>
        <source>✗ Not a tracking number: {0}</source>
        <translation>✗ 不是物流单号：{0}</translation>
    </message>
    <message>
        <source>{0} fits several carriers: press 1–{1}, or Enter for the first.</source>
        <translation>{0} 符合多个承运商：按 1–{1} 选择，或按 Enter 选第一个。</translation>
    </message>
    <message>
        <source>Choose the carrier: press 1–{0}, then scan the label.</source>
        <translation>选择承运商：按 1–{0}，然后扫描面单。</translation>
    </message>
    <message>
        <source>✗ Press a number from 1 to {0}.</source>
        <translation>✗ 请按 1 到 {0} 之间的数字。</translation>
    </message>
    <message>
        <source>{0}: scan the tracking label.</source>
        <translation>{0}：请扫描快递面单。</translation>
    </message>
    <message>
        <source>Shipping {0} with {1} {2}…</source>
        <translation>正在发货 {0}：{1} {2}…</translation>
    </message>
    <message>
        <source>Last: {0} shipped with {1} {2}</source>
        <translation>上一单：{0} 已发货（{1} {2}）</translation>
    </message>
    <message>
        <source>Parcel {0} of {1} of {2} shipped ✓</source>
        <translation>{2} 的第 {0}/{1} 个包裹已发货 ✓</translation>
    </message>
    <message>
        <source>{0} shipped ✓</source>
        <translation>{0} 已发货 ✓</translation>
    </message>
    <message>
        <source>Slip of {0} sent to {1}.</source>
        <translation>{0} 的装箱单已发送到 {1}。</translation>
    </message>
    <message>
        <source>The slip did not print: {0} — F6 tries again.</source>
        <translation>装箱单未能打印：{0} — 按 F6 重试。</translation>
    </message>
    <message>
        <source>Wrong item: {0} {1} is not in this order.</source>
        <translation>拿错商品：{0} {1} 不属于本订单。</translation>
    </message>
    <message>
        <source>Unknown code: no product has this barcode or SKU.</source>
        <translation>未知条码：没有商品使用此条码或 SKU。</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>无订单</translation>
    </message>
    <message>
        <source>{0} · parcel {1} of {2}</source>
        <translation>{0} · 第 {1}/{2} 个包裹</translation>
    </message>
    <message>
        <source>Cash on delivery: collect {0} {1:.2f}</source>
        <translation>货到付款：代收 {0} {1:.2f}</translation>
    </message>
    <message>
        <source>Gift message: {0}</source>
        <translation>礼品留言：{0}</translation>
    </message>
    <message>
        <source>{0} of {1} units</source>
        <translation>{0}/{1} 件</translation>
    </message>
</context>
<context>
    <name>PageSizes</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>4 × 6 in label</source>
        <translation>4 × 6 英寸标签</translation>
    </message>
</context>
<context>
    <name>PdfJobs</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved as {0}</source>
        <translation>已保存为 {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width</source>
        <translation>使页面适合窗口宽度</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>缩小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>No photo selected.</source>
        <extracomment>What the file dialog offers (the service checks the bytes, whatever the name says).</extracomment>
        <translation>未选择照片。</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>A picture of the damage or the parcel (PNG, JPEG, WebP, GIF or HEIC, up to 10 MB)</source>
        <translation>商品损坏处或包裹的照片（PNG、JPEG、WebP、GIF 或 HEIC，最大 10 MB）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>In this computer&apos;s picture viewer</source>
        <translation>用本机的图片查看器打开</translation>
    </message>
    <message>
        <source>No photos on this case.</source>
        <translation>此售后单没有照片。</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>图片 ({0})</translation>
    </message>
    <message>
        <source>{0} is {1}; photos may be up to 10 MB.</source>
        <translation>{0} 的大小为 {1}；照片最大为 10 MB。</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{0} cannot be shown here; Open shows it in the picture viewer.</source>
        <translation>{0} 无法在此显示；点击“打开”可在图片查看器中查看。</translation>
    </message>
</context>
<context>
    <name>PickListDialog</name>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>The &amp;next</source>
        <translation>接下来的(&amp;N)</translation>
    </message>
    <message>
        <source>allocated orders nobody is packing</source>
        <translation>个无人打包的已分配订单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>纸张(&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Choose the orders and the paper, then Create: the preview opens.</source>
        <translation>选择订单和纸张，然后点击“生成”：将打开预览。</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>正在生成拣货单…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} 页</translation>
    </message>
    <message>
        <source>Pick list for {0} orders, {1}.</source>
        <translation>拣货单：{0} 个订单，{1}。</translation>
    </message>
    <message>
        <source>No allocated order is waiting: there is nothing to pick.</source>
        <translation>没有等待中的已分配订单：无需拣货。</translation>
    </message>
</context>
<context>
    <name>PollerStatusLabel</name>
    <message>
        <source>Tracking: first run shortly</source>
        <translation>物流跟踪：即将首次查询</translation>
    </message>
    <message>
        <source>The carriers are asked about parcels on their way every few minutes</source>
        <translation>每隔几分钟向承运商查询在途包裹</translation>
    </message>
    <message>
        <source>Tracking: polling…</source>
        <translation>物流跟踪：正在查询…</translation>
    </message>
    <message>
        <source>Tracking: polling {0}/{1}…</source>
        <translation>物流跟踪：正在查询 {0}/{1}…</translation>
    </message>
    <message>
        <source>Tracking: last run {0} — {1} polled, {2} updated, {3} errors</source>
        <translation>物流跟踪：上次查询 {0} — 查询 {1} 件，更新 {2} 件，出错 {3} 次</translation>
    </message>
    <message>
        <source>Tracking: last run {0} — {1} polled, {2} updated</source>
        <translation>物流跟踪：上次查询 {0} — 查询 {1} 件，更新 {2} 件</translation>
    </message>
    <message>
        <source>{0} new events</source>
        <translation>{0} 条新轨迹</translation>
    </message>
    <message>
        <source>{0} answers set aside as unusable</source>
        <translation>{0} 个无法使用的回复已隔离</translation>
    </message>
    <message>
        <source>… and {0} more errors</source>
        <translation>… 另有 {0} 个错误</translation>
    </message>
    <message>
        <source>Tracking: last run {0} failed</source>
        <translation>物流跟踪：{0} 的查询失败</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print packing &amp;slips…</source>
        <translation>打印装箱单(&amp;S)…</translation>
    </message>
    <message>
        <source>Pic&amp;k list…</source>
        <translation>拣货单(&amp;K)…</translation>
    </message>
    <message>
        <source>Your role may not pack orders</source>
        <translation>你的角色无权打包订单</translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing on {0}…</source>
        <translation>正在打印到 {0}…</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>打印完本页后停止…</translation>
    </message>
    <message>
        <source>Printed {0} pages on {1}.</source>
        <translation>已打印 {0} 页（{1}）。</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>打印已停止。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>desktop-oms test page</source>
        <translation>desktop-oms 测试页</translation>
    </message>
    <message>
        <source>The frame marks the printable area; the ruler below should measure exactly 100 mm.</source>
        <translation>边框标出可打印区域；下方标尺应正好是 100 毫米。</translation>
    </message>
    <message>
        <source>Station: {0}</source>
        <translation>工作站：{0}</translation>
    </message>
    <message>
        <source>Printer: {0}</source>
        <translation>打印机：{0}</translation>
    </message>
    <message>
        <source>chosen in the print dialog</source>
        <translation>在打印对话框中选择</translation>
    </message>
    <message>
        <source>Printed: {0}</source>
        <translation>打印时间：{0}</translation>
    </message>
    <message>
        <source>{0} mm</source>
        <translation>{0} 毫米</translation>
    </message>
    <message>
        <source>PDF file {0}</source>
        <translation>PDF 文件 {0}</translation>
    </message>
    <message>
        <source>The printer “{0}” is not available on this computer. Choose another one in Settings → Printing.</source>
        <translation>这台电脑上没有打印机“{0}”。请在“设置 → 打印”中选择其他打印机。</translation>
    </message>
    <message>
        <source>The printer “{0}” could not start printing. Check that it is on and has paper, then try again.</source>
        <translation>打印机“{0}”无法开始打印。请检查打印机是否已开机且有纸，然后重试。</translation>
    </message>
    <message>
        <source>The PDF file “{0}” cannot be read.</source>
        <translation>无法读取 PDF 文件“{0}”。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as “{0}”: {1}.</source>
        <translation>PDF 无法保存为“{0}”：{1}。</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsPage</name>
    <message>
        <source>These settings belong to this computer: each station sets its own.</source>
        <extracomment>As long as the packing service lets a station&apos;s name be.</extracomment>
        <translation>这些设置只适用于这台电脑：每个工作站各自设置。</translation>
    </message>
    <message>
        <source>Shown on the packing screen and in the scan log</source>
        <translation>显示在打包界面和扫描日志中</translation>
    </message>
    <message>
        <source>Print &amp;without a dialog at the pack bench</source>
        <translation>打包台打印时不弹出对话框(&amp;W)</translation>
    </message>
    <message>
        <source>Packing slips go straight to the default printer; otherwise the preview opens first</source>
        <translation>装箱单直接发送到默认打印机；否则先打开预览</translation>
    </message>
    <message>
        <source>Print a test pa&amp;ge</source>
        <translation>打印测试页(&amp;G)</translation>
    </message>
    <message>
        <source>This computer has no printer set up: slips open in the preview, from which they can be saved as PDF.</source>
        <translation>这台电脑尚未设置打印机：装箱单会在预览中打开，可从预览另存为 PDF。</translation>
    </message>
    <message>
        <source>S&amp;tation name</source>
        <translation>工作站名称(&amp;T)</translation>
    </message>
    <message>
        <source>Default &amp;printer</source>
        <translation>默认打印机(&amp;P)</translation>
    </message>
    <message>
        <source>Slip si&amp;ze</source>
        <translation>装箱单纸张(&amp;Z)</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0}（不可用）</translation>
    </message>
    <message>
        <source>Choose a default printer first</source>
        <translation>请先选择默认打印机</translation>
    </message>
    <message>
        <source>Printing a test page on {0}…</source>
        <translation>正在打印测试页到 {0}…</translation>
    </message>
    <message>
        <source>The test page went to {0}.</source>
        <translation>测试页已发送到 {0}。</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product — {0}</source>
        <translation>商品 — {0}</translation>
    </message>
    <message>
        <source>EAN-13, UPC or your own code</source>
        <translation>EAN-13、UPC 或自定义编码</translation>
    </message>
    <message>
        <source>Tea &gt; Green tea (new levels are created)</source>
        <translation>茶叶 &gt; 绿茶（不存在的层级会自动创建）</translation>
    </message>
    <message>
        <source>Marked low when available is at or below this</source>
        <translation>可用数量等于或低于此值时标记为库存不足</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>On sale (active)</source>
        <translation>在售（启用）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>条码(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Low at</source>
        <translation>预警值(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>图片(&amp;I)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Product image</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>不是图片</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Needed</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Scan or type the SKU</source>
        <translation>扫描或输入 SKU</translation>
    </message>
    <message>
        <source>Delivery note, supplier or purchase order (optional)</source>
        <translation>送货单、供应商或采购单（可选）</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Enter the SKU of the product received.</source>
        <translation>请输入所收商品的 SKU。</translation>
    </message>
    <message>
        <source>Received {0} × {1}; now {2} on hand, {3} available.</source>
        <translation>已收货 {0} × {1}；现在在库 {2}，可用 {3}。</translation>
    </message>
    <message>
        <source>1 backorder allocated ({0}).</source>
        <translation>已分配 1 个缺货待补订单（{0}）。</translation>
    </message>
    <message>
        <source>{0} backorders allocated ({1}).</source>
        <translation>已分配 {0} 个缺货待补订单（{1}）。</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund for case {0}</source>
        <translation>售后单 {0} 的退款</translation>
    </message>
    <message>
        <source>Paid {0} · refunded {1} · at most {2} can go back now.</source>
        <translation>已付款 {0} · 已退款 {1} · 当前最多可退 {2}。</translation>
    </message>
    <message>
        <source>Account holder, bank, account number</source>
        <translation>户名、开户行、账号</translation>
    </message>
    <message>
        <source>Amount ({0})</source>
        <translation>金额（{0}）</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Request refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Cash on delivery: the money goes to the customer&apos;s bank account.</source>
        <translation>货到付款：退款将打入客户的银行账户。</translation>
    </message>
    <message>
        <source>At most {0} can go back.</source>
        <translation>最多可退 {0}。</translation>
    </message>
    <message>
        <source>Above the shop&apos;s limit of {0}: a manager other than you approves it before it is paid.</source>
        <translation>超过店铺限额 {0}：需由你以外的另一位经理审批后才会退款。</translation>
    </message>
    <message>
        <source>Up to {0} is recorded at once.</source>
        <translation>{0} 以内的退款会立即入账。</translation>
    </message>
</context>
<context>
    <name>RefundsView</name>
    <message>
        <source>Asked</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>批准退款</translation>
    </message>
    <message>
        <source>Reject refund…</source>
        <translation>拒绝退款…</translation>
    </message>
    <message>
        <source>Request refund…</source>
        <translation>申请退款…</translation>
    </message>
    <message>
        <source>Select a refund that waits for approval</source>
        <translation>请选择一笔待审批的退款</translation>
    </message>
    <message>
        <source>Only a manager approves refunds above the shop&apos;s limit</source>
        <translation>超过店铺限额的退款只能由经理审批</translation>
    </message>
    <message>
        <source>You asked for this refund: another manager approves it (four eyes)</source>
        <translation>这笔退款是你申请的：需由另一位经理审批（双人复核）</translation>
    </message>
    <message>
        <source>{0} waits for a manager&apos;s approval</source>
        <translation>{0} 等待经理审批</translation>
    </message>
</context>
<context>
    <name>ReportCanvas</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货数</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>退货件数</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Days in transit</source>
        <translation>平均运输天数</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时率</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>预警值</translation>
    </message>
    <message>
        <source>Sold (28 days)</source>
        <translation>销量（28 天）</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>日均销量</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>有效工时</translation>
    </message>
    <message>
        <source>Orders per hour</source>
        <translation>每小时订单数</translation>
    </message>
    <message>
        <source>Item scans</source>
        <translation>商品扫描次数</translation>
    </message>
    <message>
        <source>Mis-scans</source>
        <translation>误扫次数</translation>
    </message>
    <message>
        <source>Mis-scan rate</source>
        <translation>误扫率</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>全部承运商</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>导出 PDF 报表…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>This chart as an image</source>
        <translation>将此图表导出为图片</translation>
    </message>
    <message>
        <source>Every report over this range and these filters, chart and table, one PDF</source>
        <translation>按当前时间范围和筛选条件导出全部报表（含图表和表格），合为一个 PDF</translation>
    </message>
    <message>
        <source>This report&apos;s numbers, for a spreadsheet</source>
        <translation>本报表的数据，可用电子表格打开</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Revenue and orders</source>
        <translation>营业额与订单</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>热销分类</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Order funnel</source>
        <translation>订单漏斗</translation>
    </message>
    <message>
        <source>Returns and complaints</source>
        <translation>退货与投诉</translation>
    </message>
    <message>
        <source>Fulfilment lead time</source>
        <translation>履约时长</translation>
    </message>
    <message>
        <source>Carrier performance</source>
        <translation>承运商表现</translation>
    </message>
    <message>
        <source>Stock running low</source>
        <translation>即将缺货</translation>
    </message>
    <message>
        <source>Packer KPIs</source>
        <translation>打包员 KPI</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Double 11 week</source>
        <translation>双 11 当周</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Computing {0}…</source>
        <translation>正在计算“{0}”…</translation>
    </message>
    <message>
        <source>{0} rows · query {1} ms · chart {2} ms · days in {3}</source>
        <translation>{0} 行 · 查询 {1} ms · 图表 {2} ms · 日期按 {3} 时区</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>正在生成 PDF 报表…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of desktop-oms.</source>
        <translation>新语言将在下次启动 desktop-oms 时生效。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>已连接：{0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Name: the shop needs a name.</source>
        <translation>名称：店铺必须有名称。</translation>
    </message>
    <message>
        <source>Address: at most 6 lines of at most 120 characters each.</source>
        <translation>地址：最多 6 行，每行最多 120 个字符。</translation>
    </message>
    <message>
        <source>Phone: a phone number needs digits.</source>
        <translation>电话：电话号码必须包含数字。</translation>
    </message>
    <message>
        <source>E-mail: “{0}” is not an e-mail address (like shop@example.com).</source>
        <translation>电子邮件：“{0}”不是有效的电子邮件地址（例如 shop@example.com）。</translation>
    </message>
    <message>
        <source>Logo: choose an existing PNG or JPEG file, or leave it empty.</source>
        <translation>标志：请选择一个已有的 PNG 或 JPEG 文件，或留空。</translation>
    </message>
    <message>
        <source>Time zone: choose one from the list (like Asia/Shanghai).</source>
        <translation>时区：请从列表中选择（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Refunds need approval above: an amount like 200.00, or empty for 200.00.</source>
        <translation>退款审批门槛：请输入金额（例如 200.00），留空则为 200.00。</translation>
    </message>
    <message>
        <source>Password: this computer has no password store (keyring), so the password cannot be kept safely and nothing was saved. Leave it empty if the server lets you in without one.</source>
        <translation>密码：这台电脑没有系统密码库（keyring），无法安全地保存密码，因此什么都没有保存。如果服务器允许无密码登录，请将密码留空。</translation>
    </message>
    <message>
        <source>Language: choose one from the list.</source>
        <translation>语言：请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>ShipGroupBlock</name>
    <message>
        <source>Address {0}</source>
        <translation>地址 {0}</translation>
    </message>
    <message>
        <source>Packed by {0} at {1}</source>
        <translation>{0} 于 {1} 包装</translation>
    </message>
    <message>
        <source>Not packed yet</source>
        <translation>尚未包装</translation>
    </message>
    <message>
        <source>{0} · shipped: {1}</source>
        <translation>{0} · 已发货：{1}</translation>
    </message>
    <message>
        <source>(no lines: move some here, or remove this address)</source>
        <translation>（没有商品行：移一些到这里，或删除此地址）</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>删除地址</translation>
    </message>
    <message>
        <source>The order&apos;s ship-to (edited above): {0}</source>
        <translation>订单的收货地址（在上方修改）：{0}</translation>
    </message>
    <message>
        <source>The address is fixed once the parcel is packed.</source>
        <translation>包裹包装后地址不能再修改。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品行</translation>
    </message>
    <message>
        <source>Address {0} saved.</source>
        <translation>地址 {0} 已保存。</translation>
    </message>
    <message>
        <source>Address {0} removed.</source>
        <translation>地址 {0} 已删除。</translation>
    </message>
</context>
<context>
    <name>ShipGroupsPanel</name>
    <message>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <source>Sending parts of the order elsewhere (a gift)? Add the address, then move lines to it from the Lines tab.</source>
        <translation>要把订单的一部分寄到别处（礼品）？先添加地址，再在“商品行”页把商品移过去。</translation>
    </message>
    <message>
        <source>Another delivery address</source>
        <translation>另一个收货地址</translation>
    </message>
    <message>
        <source>Address added.</source>
        <translation>地址已添加。</translation>
    </message>
</context>
<context>
    <name>ShipmentDetailDialog</name>
    <message>
        <source>Shipment</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货城市</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输时长</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>上次查询</translation>
    </message>
    <message>
        <source>Next ask</source>
        <translation>下次查询</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Carrier&apos;s code</source>
        <translation>承运商代码</translation>
    </message>
    <message>
        <source>What the carrier says</source>
        <translation>承运商描述</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>No scan from the carrier yet.</source>
        <translation>承运商尚无扫描记录。</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the carrier about this parcel now</source>
        <translation>立即向承运商查询此包裹</translation>
    </message>
    <message>
        <source>Open tracking &amp;page</source>
        <translation>打开物流查询页(&amp;P)</translation>
    </message>
    <message>
        <source>The carrier&apos;s public tracking page, in the browser</source>
        <translation>在浏览器中打开承运商的公开查询页面</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your role may not ask the carriers</source>
        <translation>你的角色无权向承运商查询</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Shipment {0} {1}</source>
        <translation>包裹 {0} {1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Stuck: no news for {0} days</source>
        <translation>停滞：{0} 天无新动态</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>not any more</source>
        <translation>不再查询</translation>
    </message>
    <message>
        <source>Delivered parcels and those shipped over 90 days ago are not asked about any more</source>
        <translation>已签收的包裹和发货超过 90 天的包裹不再查询</translation>
    </message>
    <message>
        <source>This shipment is not in the database any more.</source>
        <translation>数据库中已没有这个包裹。</translation>
    </message>
    <message>
        <source>This carrier has no public tracking page</source>
        <translation>该承运商没有公开的查询页面</translation>
    </message>
    <message>
        <source>Asking {0}…</source>
        <translation>正在向 {0} 查询…</translation>
    </message>
    <message>
        <source>The carrier could not be asked: {0}</source>
        <translation>无法向承运商查询：{0}</translation>
    </message>
    <message>
        <source>{0} answered with an error: {1}</source>
        <translation>{0} 返回错误：{1}</translation>
    </message>
    <message>
        <source>{0}&apos;s answer was unusable (malformed, or about another parcel); it was set aside and nothing changed.</source>
        <translation>{0} 的回复无法使用（格式错误或是其他包裹的信息），已隔离，未做任何更改。</translation>
    </message>
    <message>
        <source>Not asked: tracking has ended for this parcel (delivered, cancelled or shipped over 90 days ago).</source>
        <translation>未查询：此包裹的跟踪已结束（已签收、已取消或发货超过 90 天）。</translation>
    </message>
    <message>
        <source>{0} answered: {1} new scans.</source>
        <translation>{0} 已回复：{1} 条新轨迹。</translation>
    </message>
    <message>
        <source>{0} answered: nothing new.</source>
        <translation>{0} 已回复：没有新动态。</translation>
    </message>
    <message>
        <source>No browser could be opened for {0}</source>
        <translation>无法打开浏览器访问 {0}</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Search tracking or order number  (Ctrl+F)</source>
        <translation>搜索物流单号或订单号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any carrier</source>
        <translation>任何承运商</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Failed, held, delayed or returning parcels, and parcels with no news for too long</source>
        <translation>派送失败、滞留、延误或退回的包裹，以及长时间没有新动态的包裹</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Not delivered and no news from the carrier for {0} days</source>
        <translation>未签收，且承运商已 {0} 天没有新动态</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>The selected shipment&apos;s tracking timeline (Enter)</source>
        <translation>所选包裹的物流轨迹（Enter）</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>All {0}</source>
        <translation>全部 {0}</translation>
    </message>
    <message>
        <source>Needs attention {0}</source>
        <translation>需要处理 {0}</translation>
    </message>
    <message>
        <source>Stuck {0}</source>
        <translation>停滞 {0}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>No shipments</source>
        <translation>没有包裹</translation>
    </message>
    <message>
        <source>{0} shipments</source>
        <translation>{0} 个包裹</translation>
    </message>
</context>
<context>
    <name>ShipmentsTableModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最新动态</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Days since it was shipped, or until it was delivered</source>
        <translation>发货至今的天数，已签收则为发货到签收的天数</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Stuck: no news from the carrier for {0} days</source>
        <translation>停滞：承运商已 {0} 天没有新动态</translation>
    </message>
</context>
<context>
    <name>SlipBatchDialog</name>
    <message>
        <source>Packing slips</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>All &amp;packed orders</source>
        <translation>所有已打包订单(&amp;P)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>纸张(&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose the orders and the paper, then Create.</source>
        <translation>选择订单和纸张，然后点击“生成”。</translation>
    </message>
    <message>
        <source>Making the slips…</source>
        <translation>正在生成装箱单…</translation>
    </message>
    <message>
        <source>1 slip</source>
        <translation>1 张装箱单</translation>
    </message>
    <message>
        <source>{0} slips</source>
        <translation>{0} 张装箱单</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} 页</translation>
    </message>
    <message>
        <source>{0}, {1}.</source>
        <translation>{0}，{1}。</translation>
    </message>
    <message>
        <source>{0} for {1} orders, {2}.</source>
        <translation>{1} 个订单的 {0}，{2}。</translation>
    </message>
    <message>
        <source>Preview, print or save them.</source>
        <translation>可预览、打印或保存。</translation>
    </message>
    <message>
        <source>No order is packed at the moment: there are no slips to make.</source>
        <translation>目前没有已打包的订单：无需生成装箱单。</translation>
    </message>
    <message>
        <source>Stopped: no slips were made.</source>
        <translation>已停止：未生成装箱单。</translation>
    </message>
    <message>
        <source>Create the slips again for the new choice.</source>
        <translation>选择已更改，请重新生成装箱单。</translation>
    </message>
</context>
<context>
    <name>StationPrinter</name>
    <message>
        <source>Packing slip {0}</source>
        <extracomment>A printer name that starts with this prints into the PDF file named after it. Pages are rendered at the printer&apos;s resolution up to this many dots per inch (an A4 page: 35 MB).</extracomment>
        <translation>装箱单 {0}</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Search SKU, product name or barcode</source>
        <extracomment>Column widths in pixels; the product name takes what is left. Something this panel did changed stock or the catalogue (other tabs may want to know).</extracomment>
        <translation>搜索 SKU、商品名称或条码</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>仅显示库存不足</translation>
    </message>
    <message>
        <source>Products whose available units are at or below their threshold</source>
        <translation>可用数量等于或低于预警值的商品</translation>
    </message>
    <message>
        <source>&amp;Receive goods…</source>
        <translation>收货(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;djust…</source>
        <translation>调整(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>编辑商品(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>库存流水(&amp;L)</translation>
    </message>
    <message>
        <source>Goods in: add units and serve waiting backorders</source>
        <translation>收货：增加库存并分配给等待中的缺货待补订单</translation>
    </message>
    <message>
        <source>Correct on hand after a count, damage or loss, with a reason</source>
        <translation>盘点、损坏或丢失后更正在库数量，并注明原因</translation>
    </message>
    <message>
        <source>Every change of the selected product&apos;s stock (Enter)</source>
        <translation>所选商品库存的每一次变动（Enter）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>{0} products</source>
        <translation>{0} 个商品</translation>
    </message>
    <message>
        <source>{0} products, {1} low</source>
        <translation>{0} 个商品，{1} 个库存不足</translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation>你的角色无权执行此操作</translation>
    </message>
    <message>
        <source>Received: {0} now {1} on hand, {2} available.</source>
        <translation>已收货：{0} 现在在库 {1}，可用 {2}。</translation>
    </message>
    <message>
        <source>Adjusted: {0} now {1} on hand, {2} available.</source>
        <translation>已调整：{0} 现在在库 {1}，可用 {2}。</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>StockReasons</name>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找回</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>SKU</source>
        <extracomment>What the sort proxy sorts by: raw numbers, not their text. The SKU of a row, in every column. Soft backgrounds, readable all day: amber when low, red when nothing is left to sell.</extracomment>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>预警值</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Units in the warehouse</source>
        <translation>仓库中的件数</translation>
    </message>
    <message>
        <source>Units set aside for allocated orders</source>
        <translation>为已分配订单预留的件数</translation>
    </message>
    <message>
        <source>On hand minus reserved: what can still be sold</source>
        <translation>在库减去已预留：还能卖出的数量</translation>
    </message>
    <message>
        <source>Low-stock threshold: the row is marked when available is at or below it</source>
        <translation>库存预警值：可用数量等于或低于此值时标记该行</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0}（已停用）</translation>
    </message>
    <message>
        <source>Nothing left to sell</source>
        <translation>已无可售库存</translation>
    </message>
    <message>
        <source>Low: {0} available, marked at {1} or fewer</source>
        <translation>库存不足：可用 {0}，预警值为 {1}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>{0} {1} × {2}</source>
        <translation>{0} {1} × {2}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>WebShopPage</name>
    <message>
        <source>Orders from the WooCommerce shop arrive here by themselves; shipping status and tracking numbers go back to it. Create the keys in WooCommerce under Settings → Advanced → REST API (read/write).</source>
        <translation>WooCommerce 网店的订单会自动进入这里；发货状态和运单号会回传给网店。请在 WooCommerce 的“设置 → 高级 → REST API”中创建密钥（读/写）。</translation>
    </message>
    <message>
        <source>Only an administrator can change the shop connection.</source>
        <translation>只有管理员可以修改网店连接。</translation>
    </message>
    <message>
        <source>&amp;Enabled: sync with this shop</source>
        <translation>启用：与此网店同步(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Shop &amp;address</source>
        <translation>网店地址(&amp;A)</translation>
    </message>
    <message>
        <source>Consumer &amp;key</source>
        <translation>Consumer Key(&amp;K)</translation>
    </message>
    <message>
        <source>Consumer &amp;secret</source>
        <translation>Consumer Secret(&amp;S)</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>{0} stored — type to replace</source>
        <translation>{0} 已保存 — 输入新值即可替换</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{0}, went well</source>
        <translation>{0}，成功</translation>
    </message>
    <message>
        <source>{0}, did not finish</source>
        <translation>{0}，未完成</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>— the shop asked to wait until {0}</source>
        <translation>— 网店要求等到 {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved; the secret is kept in this computer&apos;s keyring.</source>
        <translation>已保存；密钥保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>Saved; this computer has no keyring: the secret is kept in the shop&apos;s database.</source>
        <translation>已保存；本机没有密钥环：密钥保存在店铺数据库中。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Save the changes first: the test uses the saved settings.</source>
        <translation>请先保存修改：测试使用已保存的设置。</translation>
    </message>
    <message>
        <source>Asking the shop…</source>
        <translation>正在询问网店…</translation>
    </message>
    <message>
        <source>Syncing with the shop…</source>
        <translation>正在与网店同步…</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} tracking numbers sent back</source>
        <translation>新增 {0}，更新 {1}，未变 {2}，回传运单号 {3}</translation>
    </message>
    <message>
        <source>Gone from the shop (held here): {0}</source>
        <translation>网店中已不存在（此处已暂停）：{0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Shop order {0}: {1}</source>
        <translation>网店订单 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>_DatabasePage</name>
    <message>
        <source>Where this computer finds the shop&apos;s data. A change takes effect when desktop-oms is started again.</source>
        <extracomment>Each language by its own name: a person who cannot read the current one still finds theirs.</extracomment>
        <translation>这台电脑从哪里读取店铺数据。修改将在重新启动 desktop-oms 后生效。</translation>
    </message>
    <message>
        <source>This &amp;computer (a file)</source>
        <translation>这台电脑（一个文件）(&amp;C)</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server</source>
        <translation>PostgreSQL 服务器(&amp;P)</translation>
    </message>
    <message>
        <source>The shop&apos;s database file, e.g. shop.db</source>
        <translation>店铺的数据库文件，例如 shop.db</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder like /var/run/postgresql</source>
        <translation>db.example.com，或套接字目录，例如 /var/run/postgresql</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s password store, never in a file</source>
        <translation>保存在这台电脑的系统密码库中，绝不写入文件</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>Po&amp;rt</source>
        <translation>端口(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>File: choose where the database file is.</source>
        <translation>文件：请选择数据库文件的位置。</translation>
    </message>
    <message>
        <source>Host: enter the server&apos;s name or address.</source>
        <translation>主机：请输入服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Database: enter the name of the shop&apos;s database on the server.</source>
        <translation>数据库：请输入服务器上店铺数据库的名称。</translation>
    </message>
    <message>
        <source>The shop&apos;s database file</source>
        <translation>店铺的数据库文件</translation>
    </message>
    <message>
        <source>Shop databases (*.db *.sqlite);;All files (*)</source>
        <translation>店铺数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>_PdfDialog</name>
    <message>
        <source>C&amp;reate</source>
        <extracomment>As many orders as the packing service puts on one pick list.</extracomment>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <source>The orders selected in the queue (none are selected)</source>
        <translation>订单列表中所选的订单（当前未选择）</translation>
    </message>
    <message>
        <source>The selected order {0}</source>
        <translation>所选订单 {0}</translation>
    </message>
    <message>
        <source>The {0} selected orders</source>
        <translation>所选的 {0} 个订单</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <source>Working…</source>
        <extracomment>Why stock is adjusted: the stable word stored in the ledger, and its label.</extracomment>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>_ShopPage</name>
    <message>
        <source>Printed on packing slips and labels. Only an administrator can change the shop&apos;s details.</source>
        <translation>打印在装箱单和标签上。只有管理员可以修改店铺信息。</translation>
    </message>
    <message>
        <source>One line per line of the address</source>
        <translation>地址每行一行</translation>
    </message>
    <message>
        <source>No logo (PNG or JPEG)</source>
        <translation>无标志（PNG 或 JPEG）</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>这台电脑的时区</translation>
    </message>
    <message>
        <source>The shop&apos;s days (reports, “today”) begin at midnight in this zone</source>
        <translation>店铺的每一天（报表、“今天”）从此时区的午夜开始</translation>
    </message>
    <message>
        <source>After-sales: a refund above this amount waits for a manager&apos;s approval, and the one who asked for it cannot approve it</source>
        <translation>售后：超过此金额的退款需等待经理审批，且申请人不能自行审批</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <source>Refunds need approval a&amp;bove</source>
        <translation>退款审批门槛(&amp;B)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <source>The shop&apos;s logo</source>
        <translation>店铺标志</translation>
    </message>
    <message>
        <source>Logos (*.png *.jpg *.jpeg)</source>
        <translation>标志 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>aftersales</name>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation>客户已回复</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Awaiting goods</source>
        <translation>待寄回</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已验货</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>送达延迟</translation>
    </message>
    <message>
        <source>Never arrived</source>
        <translation>未收到货</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已入账</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>客户来信</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Wait for goods</source>
        <translation>等待寄回</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>标记为已收货</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>验货…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>标记为已解决…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Accept the customer&apos;s request</source>
        <translation>同意客户的申请</translation>
    </message>
    <message>
        <source>Refuse the request, with the reason the customer will hear</source>
        <translation>拒绝申请，并填写将告知客户的原因</translation>
    </message>
    <message>
        <source>The customer was told to send the goods back</source>
        <translation>已通知客户寄回商品</translation>
    </message>
    <message>
        <source>The parcel is here: every claimed unit received (Goods-in counts them one by one)</source>
        <translation>包裹已到：申请退回的商品全部收到（“退货入库”页面可逐件清点）</translation>
    </message>
    <message>
        <source>Restock or write off each received unit, on the Goods-in page</source>
        <translation>在“退货入库”页面将收到的每件商品重新上架或报损</translation>
    </message>
    <message>
        <source>Pay money back against the order&apos;s payments</source>
        <translation>按该订单的付款原路退款</translation>
    </message>
    <message>
        <source>Asked the customer; the case waits for their answer</source>
        <translation>已询问客户，售后单等待客户回复</translation>
    </message>
    <message>
        <source>Solved, with the resolution in words</source>
        <translation>已解决，并写明处理结果</translation>
    </message>
    <message>
        <source>Nothing more to do on this case</source>
        <translation>此售后单无需再处理</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <source>{0} ({1} late)</source>
        <translation>{0}（已逾期 {1}）</translation>
    </message>
    <message>
        <source>{0} (in {1})</source>
        <translation>{0}（{1}后）</translation>
    </message>
    <message>
        <source>{0} late</source>
        <translation>逾期 {0}</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0}后</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>重新上架</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>owner changed</source>
        <translation>负责人已变更</translation>
    </message>
    <message>
        <source>priority changed</source>
        <translation>优先级已变更</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>replied to the customer</source>
        <translation>已回复客户</translation>
    </message>
    <message>
        <source>photo added</source>
        <translation>已添加照片</translation>
    </message>
    <message>
        <source>refund asked for</source>
        <translation>已申请退款</translation>
    </message>
    <message>
        <source>refund approved</source>
        <translation>退款已批准</translation>
    </message>
    <message>
        <source>refund rejected</source>
        <translation>退款已拒绝</translation>
    </message>
    <message>
        <source>refund recorded</source>
        <translation>退款已入账</translation>
    </message>
    <message>
        <source>goods received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>goods inspected</source>
        <translation>已验货</translation>
    </message>
    <message>
        <source>replacement order created</source>
        <translation>已创建换货订单</translation>
    </message>
    <message>
        <source>Someone works on it now</source>
        <translation>已有人开始处理</translation>
    </message>
    <message>
        <source>Work on it again</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>Case {0} cannot move from “{1}” to “{2}”.</source>
        <translation>售后单 {0} 无法从“{1}”变为“{2}”。</translation>
    </message>
    <message>
        <source>{0}: {1} asked for, but only {2} shipped and not already returned.</source>
        <translation>{0}：申请 {1} 件，但已发货且尚未退回的只有 {2} 件。</translation>
    </message>
    <message>
        <source>A refund of {0} is more than the {1} paid and not yet refunded.</source>
        <translation>退款金额 {0} 超过了已付款且尚未退款的 {1}。</translation>
    </message>
    <message>
        <source>{0} becomes “{1}” by its own step (goods-in, inspection or a refund), not by a move.</source>
        <translation>{0} 需经过相应步骤（退货入库、验货或退款）才能变为“{1}”，不能直接变更状态。</translation>
    </message>
    <message>
        <source>Order {0} was paid cash on delivery: give the bank details the refund goes to.</source>
        <translation>订单 {0} 为货到付款：请填写退款的收款银行账户。</translation>
    </message>
    <message>
        <source>{0} was not added: {1}.</source>
        <translation>{0} 未添加：{1}。</translation>
    </message>
    <message>
        <source>{0} asked for this refund and cannot approve it too: another manager decides.</source>
        <translation>{0} 是这笔退款的申请人，不能同时审批：需由另一位经理决定。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database:
{0}</source>
        <translation>无法打开数据库：
{0}</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <source>The new database or language takes effect when desktop-oms starts again.</source>
        <translation>新的数据库或语言将在下次启动 desktop-oms 时生效。</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Revenue = the order totals (goods + shipping − discounts) of orders not cancelled, by the day they were created in the shop&apos;s time zone; orders = how many. The grey line is the same number of days just before. Refunds are not subtracted: see the refunds report.</source>
        <translation>营业额 = 未取消订单的订单金额（商品 + 运费 − 折扣），按订单在店铺时区的创建日期统计；订单数 = 这些订单的数量。灰线为紧接其前相同天数的同一指标。未扣除退款：见退款报表。</translation>
    </message>
    <message>
        <source>Refunds = completed refund payments, by the day they were paid out in the shop&apos;s time zone, whatever day the order was placed. Reported apart from revenue, never netted against it.</source>
        <translation>退款 = 已完成的退款付款，按在店铺时区的退款支付日期统计，不论订单是哪天下的。与营业额分开列示，从不与营业额相抵。</translation>
    </message>
    <message>
        <source>The 20 products with the most revenue: units and line totals (before shipping and order discounts) on orders not cancelled, created in the range.</source>
        <translation>营业额最高的 20 个商品：在所选期间内创建的未取消订单中的件数和商品小计（未计运费和订单折扣）。</translation>
    </message>
    <message>
        <source>Units and line totals (before shipping and order discounts) per product category, on orders not cancelled, created in the range.</source>
        <translation>各商品类别的件数和商品小计（未计运费和订单折扣），统计在所选期间内创建的未取消订单。</translation>
    </message>
    <message>
        <source>Orders not cancelled, created in the range, by how they were paid; share = of the revenue.</source>
        <translation>在所选期间内创建的未取消订单，按支付方式统计；占比 = 占营业额的比例。</translation>
    </message>
    <message>
        <source>Orders created in the range, by how far they have got: each step counts the orders that reached it or a later one (an order on hold counts where it was held). Cancelled apart.</source>
        <translation>在所选期间内创建的订单，按其进展到的阶段统计：每个阶段计入已到达该阶段或其后任一阶段的订单（挂起的订单计入挂起时所在的阶段）。已取消订单单独列出。</translation>
    </message>
    <message>
        <source>Of the orders created in the range (not cancelled) that hold a product: the share with a return, exchange or refund case on it, and with a complaint; cases by type and reason.</source>
        <translation>在所选期间内创建、包含该商品的未取消订单中：有退货、换货或退款售后单的比例，以及有投诉的比例；售后单按类型和原因统计。</translation>
    </message>
    <message>
        <source>Hours from accepted (paid; cash on delivery: placed) to shipped, for shipments that left in the range. Late = more than 48 hours.</source>
        <translation>从接单（已付款；货到付款为下单）到发货的小时数，统计在所选期间内发出的包裹。超时 = 超过 48 小时。</translation>
    </message>
    <message>
        <source>Shipments that left in the range, per carrier and destination (province in China, else country): days in transit of those delivered, on time = delivered within 3 days in China or 10 abroad, failures = delivery failed or returned to sender.</source>
        <translation>在所选期间内发出的包裹，按承运商和目的地（中国境内为省份，否则为国家）统计：已签收包裹的运输天数；准时 = 中国境内 3 天内或境外 10 天内签收；派送失败 = 投递失败或退回寄件人。</translation>
    </message>
    <message>
        <source>Available = on hand − reserved. Daily rate = units sold (orders not cancelled) in the 28 days up to the range&apos;s last day ÷ 28; days of cover = available ÷ daily rate. Listed: at or under the product&apos;s threshold, or under 14 days of cover.</source>
        <translation>可用 = 在库 − 已预留。日均销量 = 截至所选期间最后一天的 28 天内售出件数（未取消订单）÷ 28；可售天数 = 可用 ÷ 日均销量。列出：已达到或低于商品预警值，或可售天数不足 14 天的商品。</translation>
    </message>
    <message>
        <source>From the scan log, per packer and station: orders packed (completed by a scan), active hours (clock hours with a scan), orders per active hour, item scans, and mis-scans (wrong item, unknown code, one too many) as a share of item scans.</source>
        <translation>根据扫描记录，按打包员和工作站统计：打包订单数（以扫描完成的订单）、有效工时（有扫描的整点小时数）、每有效工时订单数、商品扫描次数，以及误扫（商品错误、未知条码、多扫一件）占商品扫描次数的比例。</translation>
    </message>
    <message>
        <source>{period}: {amount}, {count} orders</source>
        <translation>{period}：{amount}，{count} 个订单</translation>
    </message>
    <message>
        <source>{period}: {count} refunds, {amount}</source>
        <translation>{period}：{count} 笔退款，{amount}</translation>
    </message>
    <message>
        <source>{status}: {count} orders, {share} of placed</source>
        <translation>{status}：{count} 个订单，占已下单的 {share}</translation>
    </message>
    <message>
        <source>{sku} {name}: {returns} returns of {orders} orders ({share}), {complaints} complaints</source>
        <translation>{sku} {name}：{orders} 个订单中有 {returns} 个退货（{share}），{complaints} 个投诉</translation>
    </message>
    <message>
        <source>{carrier}: {count} shipments, {delivered} delivered, on time {share}, {failures} failures</source>
        <translation>{carrier}：{count} 个包裹，已签收 {delivered} 个，准时率 {share}，派送失败 {failures} 个</translation>
    </message>
    <message>
        <source>{sku} {name}: {available} available (threshold {threshold}), {rate} a day → {days} days</source>
        <translation>{sku} {name}：可用 {available}（预警值 {threshold}），日均 {rate} → 可售 {days} 天</translation>
    </message>
    <message>
        <source>{sku} {name}: {available} available (threshold {threshold}), {rate} a day → no recent sales</source>
        <translation>{sku} {name}：可用 {available}（预警值 {threshold}），日均 {rate} → 近期无销售</translation>
    </message>
    <message>
        <source>{rate}/h · mis-scans {share}</source>
        <translation>{rate} 单/小时 · 误扫 {share}</translation>
    </message>
    <message>
        <source>{packer} at {station}: {orders} orders in {hours} h ({rate}/h), {misscans} mis-scans of {scans} ({share})</source>
        <translation>{packer}（{station}）：{hours} 小时打包 {orders} 个订单（{rate} 单/小时），{scans} 次扫描中误扫 {misscans} 次（{share}）</translation>
    </message>
    <message>
        <source>%b</source>
        <translation>%m月</translation>
    </message>
    <message>
        <source>%b-%d</source>
        <translation>%m月%d日</translation>
    </message>
    <message>
        <source>%Y-%b</source>
        <translation>%Y年%m月</translation>
    </message>
    <message>
        <source>%Y-%b-%d</source>
        <translation>%Y年%m月%d日</translation>
    </message>
    <message>
        <source>Revenue (CNY)</source>
        <translation>营业额（元）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Refunded (CNY)</source>
        <translation>退款金额（元）</translation>
    </message>
    <message>
        <source>{value} · {count} units</source>
        <translation>{value} · {count} 件</translation>
    </message>
    <message>
        <source>{sku} {name}: {amount}, {count} units</source>
        <translation>{sku} {name}：{amount}，{count} 件</translation>
    </message>
    <message>
        <source>Revenue (CNY, line totals)</source>
        <translation>营业额（元，商品小计）</translation>
    </message>
    <message>
        <source>{name}: {amount}, {count} units</source>
        <translation>{name}：{amount}，{count} 件</translation>
    </message>
    <message>
        <source>{share} · {count} orders</source>
        <translation>{share} · {count} 个订单</translation>
    </message>
    <message>
        <source>{method}: {amount}, {count} orders, {share}</source>
        <translation>{method}：{amount}，{count} 个订单，{share}</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>营业额占比</translation>
    </message>
    <message>
        <source>Orders created in the range</source>
        <translation>该时间范围内创建的订单</translation>
    </message>
    <message>
        <source>Return rate by product</source>
        <translation>各商品退货率</translation>
    </message>
    <message>
        <source>{reason} ({type})</source>
        <translation>{reason}（{type}）</translation>
    </message>
    <message>
        <source>{type}, {reason}: {count} cases, {share} of orders</source>
        <translation>{type}，{reason}：{count} 个售后单，占订单的 {share}</translation>
    </message>
    <message>
        <source>Hours from accepted to shipped</source>
        <translation>从接单到发货的小时数</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <source>{start}–{end} h: {count} shipments</source>
        <translation>{start}–{end} 小时：{count} 个包裹</translation>
    </message>
    <message>
        <source>{hours} h or more: {count} shipments</source>
        <translation>{hours} 小时及以上：{count} 个包裹</translation>
    </message>
    <message>
        <source>On time (share of delivered)</source>
        <translation>准时率（占已签收）</translation>
    </message>
    <message>
        <source>{days} d · {failed} failed</source>
        <translation>{days} 天 · 失败 {failed}</translation>
    </message>
    <message>
        <source>{carrier}: {days} days in transit on average, {failures} failures</source>
        <translation>{carrier}：平均运输 {days} 天，派送失败 {failures} 个</translation>
    </message>
    <message>
        <source>Days in transit (average) · failures</source>
        <translation>平均运输天数 · 派送失败</translation>
    </message>
    <message>
        <source>{days} d · {left} left</source>
        <translation>{days} 天 · 剩余 {left}</translation>
    </message>
    <message>
        <source>no recent sales · {left} left</source>
        <translation>近期无销售 · 剩余 {left}</translation>
    </message>
    <message>
        <source>Orders packed per active hour</source>
        <translation>每有效工时打包订单数</translation>
    </message>
    <message>
        <source>Nothing in this range</source>
        <translation>此时间范围内没有数据</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>{title}  ·  {range}</source>
        <translation>{title}  ·  {range}</translation>
    </message>
    <message>
        <source>{span}  ({filters})</source>
        <translation>{span}（{filters}）</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>{count} refunds, {amount} paid back</source>
        <translation>{count} 笔退款，共退回 {amount}</translation>
    </message>
    <message>
        <source>Cases by reason: {cases} on {orders} orders</source>
        <translation>售后单原因分布：{orders} 个订单共 {cases} 个售后单</translation>
    </message>
    <message>
        <source>late after {hours} h</source>
        <translation>超过 {hours} 小时即超时</translation>
    </message>
    <message>
        <source>{count} shipments · median {median} h · 90% within {p90} h · late {late} ({share})</source>
        <translation>{count} 个包裹 · 中位数 {median} 小时 · 90% 在 {p90} 小时内 · 超时 {late}（{share}）</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>已缺货</translation>
    </message>
    <message>
        <source>Days of cover at the recent sales rate (red: at or under threshold; {count} products listed)</source>
        <translation>按近期销量计算的可售天数（红色：已达到或低于预警值；共列出 {count} 个商品）</translation>
    </message>
    <message>
        <source>channel {value}</source>
        <translation>渠道 {value}</translation>
    </message>
    <message>
        <source>category {value}</source>
        <translation>分类 {value}</translation>
    </message>
    <message>
        <source>carrier {value}</source>
        <translation>承运商 {value}</translation>
    </message>
    <message>
        <source>Revenue {amount}</source>
        <translation>营业额 {amount}</translation>
    </message>
    <message>
        <source>Revenue {amount} ({change} vs before)</source>
        <translation>营业额 {amount}（较上期 {change}）</translation>
    </message>
    <message>
        <source>Orders {count} · average {average}</source>
        <translation>订单 {count} · 客单价 {average}</translation>
    </message>
    <message>
        <source>Orders {count} ({change} vs before) · average {average}</source>
        <translation>订单 {count}（较上期 {change}）· 客单价 {average}</translation>
    </message>
    <message>
        <source>{count} · {share}</source>
        <translation>{count} · {share}</translation>
    </message>
    <message>
        <source>{share} ({count})</source>
        <translation>{share}（{count}）</translation>
    </message>
    <message>
        <source>{share} · {count}</source>
        <translation>{share} · {count}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>{packer} @ {station}</source>
        <translation>{packer} @ {station}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>before, {period}: {amount}, {count} orders</source>
        <translation>上一期 {period}：{amount}，{count} 个订单</translation>
    </message>
    <message>
        <source>{period}: {count} orders</source>
        <translation>{period}：{count} 个订单</translation>
    </message>
    <message>
        <source>Days in {zone}.</source>
        <translation>日期按 {zone} 时区计算。</translation>
    </message>
    <message>
        <source>{title}: the numbers ({first}–{last} of {count})</source>
        <translation>{title}：数据明细（第 {first}–{last} 行，共 {count} 行）</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>送达延迟</translation>
    </message>
    <message>
        <source>Never arrived</source>
        <translation>未收到货</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>退货数</translation>
    </message>
    <message>
        <source>returned_units</source>
        <translation>退货件数</translation>
    </message>
    <message>
        <source>return_rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>complaint_rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>region</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>avg_transit_days</source>
        <translation>平均运输天数</translation>
    </message>
    <message>
        <source>on_time_share</source>
        <translation>准时率</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>预警值</translation>
    </message>
    <message>
        <source>units_sold</source>
        <translation>售出件数</translation>
    </message>
    <message>
        <source>daily_rate</source>
        <translation>日均销量</translation>
    </message>
    <message>
        <source>days_of_cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>active_hours</source>
        <translation>有效工时</translation>
    </message>
    <message>
        <source>orders_per_hour</source>
        <translation>每小时订单数</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>扫描次数</translation>
    </message>
    <message>
        <source>mis_scans</source>
        <translation>误扫次数</translation>
    </message>
    <message>
        <source>mis_scan_rate</source>
        <translation>误扫率</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>缺货待补</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>COD pending</source>
        <translation>货到付款待收</translation>
    </message>
    <message>
        <source>COD collected</source>
        <translation>货到付款已收</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Goods in</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Return restocked</source>
        <translation>退货入库</translation>
    </message>
    <message>
        <source>Return written off</source>
        <translation>退货报损</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>backordered</source>
        <translation>转为缺货待补</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>released from hold</source>
        <translation>已解除挂起</translation>
    </message>
    <message>
        <source>ship-to address changed</source>
        <translation>收货地址已修改</translation>
    </message>
    <message>
        <source>taken to a packing station</source>
        <translation>已由打包台领取</translation>
    </message>
    <message>
        <source>given back by the packing station</source>
        <translation>已由打包台退回队列</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>packed without scans</source>
        <translation>未扫描直接打包</translation>
    </message>
    <message>
        <source>a parcel packed</source>
        <translation>一个包裹已包装</translation>
    </message>
    <message>
        <source>a parcel shipped</source>
        <translation>一个包裹已发货</translation>
    </message>
    <message>
        <source>price set by hand</source>
        <translation>手动改价</translation>
    </message>
    <message>
        <source>paid at the shop</source>
        <translation>已在网店付款</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>No allocated order is waiting to be packed.</source>
        <translation>没有等待打包的已分配订单。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Street address, line 2</source>
        <translation>街道地址第二行</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Reason for the price</source>
        <translation>改价原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品行</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>低库存阈值</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>验货</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The database cannot be reached: {0}. Try again in a moment.</source>
        <translation>无法连接数据库：{0}。请稍后再试。</translation>
    </message>
    <message>
        <source>Something went wrong inside desktop-oms ({0}). Details are in the log.</source>
        <translation>desktop-oms 内部出错（{0}）。详细信息已写入日志。</translation>
    </message>
    <message>
        <source>Line {0}, {1}</source>
        <translation>第 {0} 行，{1}</translation>
    </message>
    <message>
        <source>Address {0}, {1}</source>
        <translation>地址 {0}，{1}</translation>
    </message>
    <message>
        <source>{0} {1} cannot move from “{2}” to “{3}”.</source>
        <translation>{0} {1} 无法从“{2}”变为“{3}”。</translation>
    </message>
    <message>
        <source>There is no {0} “{1}”.</source>
        <translation>不存在{0}“{1}”。</translation>
    </message>
    <message>
        <source>Your role may not do this ({0}).</source>
        <translation>你的角色无权执行此操作（{0}）。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} {1} was changed at another desk — reloaded. Check it and try again.</source>
        <translation>{0} {1} 已在其他工作台被修改，已重新加载。请核对后重试。</translation>
    </message>
    <message>
        <source>{0}: {1} wanted but only {2} available.</source>
        <translation>{0}：需要 {1}，但只有 {2} 可用。</translation>
    </message>
    <message>
        <source>This user is locked after five failed log-ins until {0}.</source>
        <translation>此用户连续五次登录失败，已被锁定至 {0}。</translation>
    </message>
    <message>
        <source>Order {0} is being packed at {1}.</source>
        <translation>订单 {0} 正在 {1} 打包。</translation>
    </message>
    <message>
        <source>Order {0} cannot be packed yet: the scanned count of {1} does not match the order.</source>
        <translation>订单 {0} 还不能打包：{1} 的扫描数量与订单不符。</translation>
    </message>
    <message>
        <source>{0} tracking number {1} is already used by order {2}.</source>
        <translation>{0} 物流单号 {1} 已被订单 {2} 使用。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>required in China</source>
        <translation>中国地址必填</translation>
    </message>
    <message>
        <source>a country is required</source>
        <translation>请填写国家</translation>
    </message>
    <message>
        <source>a two-letter country code such as CN, US or DE</source>
        <translation>请填两位国家代码，如 CN、US 或 DE</translation>
    </message>
    <message>
        <source>a Chinese postcode has six digits</source>
        <translation>中国邮编为六位数字</translation>
    </message>
    <message>
        <source>a new customer needs a name</source>
        <translation>新客户需要填写姓名</translation>
    </message>
    <message>
        <source>a new customer needs a phone number or an e-mail address</source>
        <translation>新客户需要填写电话或电子邮件</translation>
    </message>
    <message>
        <source>an order needs at least one line</source>
        <translation>订单至少要有一个商品行</translation>
    </message>
    <message>
        <source>a line needs a product</source>
        <translation>商品行需要选择商品</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <translation>调整库存需要填写原因</translation>
    </message>
    <message>
        <source>a product needs a name</source>
        <translation>商品需要名称</translation>
    </message>
    <message>
        <source>no spaces or control characters</source>
        <translation>不能含空格或控制字符</translation>
    </message>
    <message>
        <source>at most 8 levels</source>
        <translation>最多 8 级</translation>
    </message>
    <message>
        <source>each level of the path has at most 120 characters</source>
        <translation>每一级最多 120 个字符</translation>
    </message>
    <message>
        <source>the path is longer than 500 characters</source>
        <translation>路径超过 500 个字符</translation>
    </message>
    <message>
        <source>an amount with at most two decimals, like 58.00</source>
        <translation>金额最多两位小数，例如 58.00</translation>
    </message>
    <message>
        <source>must be more than 0.00</source>
        <translation>须大于 0.00</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>scan or type a case or order number</source>
        <translation>请扫描或输入售后单号或订单号</translation>
    </message>
    <message>
        <source>decide on at least one received unit</source>
        <translation>请至少处理一件已收到的商品</translation>
    </message>
    <message>
        <source>each line needs a quantity of at least 1</source>
        <translation>每行数量至少为 1</translation>
    </message>
    <message>
        <source>no unit was received</source>
        <translation>没有收到任何商品</translation>
    </message>
    <message>
        <source>a case needs someone who owns it</source>
        <translation>售后单需要负责人</translation>
    </message>
    <message>
        <source>write something</source>
        <translation>请填写内容</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>文章需要标题</translation>
    </message>
    <message>
        <source>an article needs a body</source>
        <translation>文章需要正文</translation>
    </message>
    <message>
        <source>an amount of 0 or more with at most 2 decimals</source>
        <translation>金额须为 0 或以上，最多两位小数</translation>
    </message>
    <message>
        <source>an amount of 0 or more</source>
        <translation>金额须为 0 或以上</translation>
    </message>
    <message>
        <source>at most two decimal places</source>
        <translation>最多两位小数</translation>
    </message>
    <message>
        <source>a price other than the catalogue&apos;s needs a reason</source>
        <translation>价格与目录不同，需要填写原因</translation>
    </message>
    <message>
        <source>say why the price differs from the catalogue</source>
        <translation>请说明价格与目录不同的原因</translation>
    </message>
    <message>
        <source>no line goes to this address</source>
        <translation>没有商品寄往这个地址</translation>
    </message>
    <message>
        <source>an order keeps at least one line; cancel the order instead</source>
        <translation>订单至少保留一个商品行；如不需要请取消订单</translation>
    </message>
    <message>
        <source>address 1 is the order&apos;s own ship-to and stays</source>
        <translation>地址 1 是订单本身的收货地址，不能删除</translation>
    </message>
    <message>
        <source>a hold needs a reason</source>
        <translation>暂停订单需要填写原因</translation>
    </message>
    <message>
        <source>at most {0} characters</source>
        <translation>最多 {0} 个字符</translation>
    </message>
    <message>
        <source>{0} is not a two-letter country code</source>
        <translation>{0} 不是两位国家代码</translation>
    </message>
    <message>
        <source>{0} is not a phone number</source>
        <translation>{0} 不是有效的电话号码</translation>
    </message>
    <message>
        <source>{0} is not an e-mail address</source>
        <translation>{0} 不是有效的电子邮件地址</translation>
    </message>
    <message>
        <source>{0} is not a province of China</source>
        <translation>{0} 不是中国的省份</translation>
    </message>
    <message>
        <source>{0} is not a city of {1}</source>
        <translation>{0} 不是{1}的城市</translation>
    </message>
    <message>
        <source>at most {0} lines</source>
        <translation>最多 {0} 个商品行</translation>
    </message>
    <message>
        <source>no active product {0}</source>
        <translation>没有在售商品 {0}</translation>
    </message>
    <message>
        <source>{0} is no longer sold (inactive)</source>
        <translation>{0} 已停售</translation>
    </message>
    <message>
        <source>must be a whole number of units from {0} to {1}</source>
        <translation>须为 {0} 到 {1} 之间的整数件数</translation>
    </message>
    <message>
        <source>must be a non-zero whole number of units up to ±{0}</source>
        <translation>须为不为零的整数件数，最多 ±{0}</translation>
    </message>
    <message>
        <source>{0}: on hand cannot drop below the units reserved for orders</source>
        <translation>{0}：在库数不能低于订单已预留的数量</translation>
    </message>
    <message>
        <source>{0} is already the barcode of {1}</source>
        <translation>{0} 已是 {1} 的条码</translation>
    </message>
    <message>
        <source>{0} is not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>{0} 不是 PNG、JPEG、GIF、BMP 或 WebP 图片</translation>
    </message>
    <message>
        <source>{0} is not an existing file</source>
        <translation>{0} 不是已有的文件</translation>
    </message>
    <message>
        <source>{0} is not an amount of money</source>
        <translation>{0} 不是有效金额</translation>
    </message>
    <message>
        <source>{0}: units cannot be negative</source>
        <translation>{0}：件数不能为负</translation>
    </message>
    <message>
        <source>{0}: say why the units are written off</source>
        <translation>{0}：请说明报损原因</translation>
    </message>
    <message>
        <source>a title has at most {0} characters</source>
        <translation>标题最多 {0} 个字符</translation>
    </message>
    <message>
        <source>a body has at most {0} characters</source>
        <translation>正文最多 {0} 个字符</translation>
    </message>
    <message>
        <source>the tags have at most {0} characters together</source>
        <translation>标签合计最多 {0} 个字符</translation>
    </message>
    <message>
        <source>there is already an article {0} in {1}</source>
        <translation>{1} 中已有文章 {0}</translation>
    </message>
    <message>
        <source>a whole number from 1 to {0}</source>
        <translation>须为 1 到 {0} 之间的整数</translation>
    </message>
    <message>
        <source>a new {0} order is {1}, not {2}</source>
        <translation>新的{0}订单应为{1}，而不是{2}</translation>
    </message>
    <message>
        <source>unknown payment method {0}</source>
        <translation>未知的付款方式 {0}</translation>
    </message>
    <message>
        <source>unknown payment status {0}</source>
        <translation>未知的付款状态 {0}</translation>
    </message>
    <message>
        <source>the order has {0} address(es); no address {1}</source>
        <translation>订单有 {0} 个地址，没有地址 {1}</translation>
    </message>
    <message>
        <source>{0} is already the number of another order</source>
        <translation>{0} 已是另一个订单的编号</translation>
    </message>
    <message>
        <source>line {0} has only {1}</source>
        <translation>第 {0} 行只有 {1} 件</translation>
    </message>
    <message>
        <source>line {0} already goes to address {1}</source>
        <translation>第 {0} 行已寄往地址 {1}</translation>
    </message>
    <message>
        <source>address {0} still has lines; move them first</source>
        <translation>地址 {0} 仍有商品，请先移走</translation>
    </message>
    <message>
        <source>must be from 1 to {0}</source>
        <translation>须为 1 到 {0}</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>shipments</name>
    <message>
        <source>Awaiting first scan</source>
        <translation>等待揽收扫描</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待自提</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>延误</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>滞留</translation>
    </message>
    <message>
        <source>Returning to sender</source>
        <translation>退回中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unrecognised scan</source>
        <translation>无法识别的扫描</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <source>STO Express</source>
        <translation>申通快递</translation>
    </message>
    <message>
        <source>Yunda Express</source>
        <translation>韵达快递</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <source>EMS / China Post</source>
        <translation>中国邮政 EMS</translation>
    </message>
    <message>
        <source>DHL</source>
        <translation>DHL</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <source>USPS</source>
        <translation>USPS</translation>
    </message>
    <message>
        <source>Carrier simulator (demo)</source>
        <translation>模拟承运商（演示）</translation>
    </message>
    <message>
        <source>Kuaidi100</source>
        <translation>快递100</translation>
    </message>
    <message>
        <source>17TRACK</source>
        <translation>17TRACK</translation>
    </message>
    <message>
        <source>no account for it is set up and enabled</source>
        <translation>尚未设置并启用该承运商的账户</translation>
    </message>
    <message>
        <source>it asked us to wait a while (Retry-After)</source>
        <translation>对方要求稍后再查（Retry-After）</translation>
    </message>
    <message>
        <source>it failed several times in a row; paused for a few minutes</source>
        <translation>连续多次失败，暂停几分钟</translation>
    </message>
    <message>
        <source>today&apos;s request quota is used up</source>
        <translation>今天的请求配额已用完</translation>
    </message>
    <message>
        <source>its request rate limit leaves no room right now</source>
        <translation>请求频率已达上限，暂时无法查询</translation>
    </message>
    <message>
        <source>{0} was not asked: {1}</source>
        <translation>未向 {0} 查询：{1}</translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}：{2}</translation>
    </message>
</context>
</TS>
