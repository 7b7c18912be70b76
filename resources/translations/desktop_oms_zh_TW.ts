<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AddressForm</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
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
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>國家（兩位字母）</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <source>Choose a province</source>
        <translation>選擇省份</translation>
    </message>
    <message>
        <source>District, street, building, room</source>
        <translation>區、街道、樓號、門牌</translation>
    </message>
    <message>
        <source>Address &amp;book</source>
        <translation>通訊錄(&amp;B)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
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
        <translation>選填</translation>
    </message>
    <message>
        <source>Choose a city</source>
        <translation>選擇城市</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock — {0}</source>
        <translation>調整庫存 — {0}</translation>
    </message>
    <message>
        <source>Units to add (positive) or take away (negative)</source>
        <translation>要增加（正數）或減少（負數）的件數</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>選擇原因…</translation>
    </message>
    <message>
        <source>Other (describe it)</source>
        <translation>其他（請說明）</translation>
    </message>
    <message>
        <source>What happened, where (e.g. shelf B3 recount)</source>
        <translation>發生了什麼、在哪裡（例如：B3 貨架重新盤點）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>&amp;Change by</source>
        <translation>調整數量(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>說明(&amp;D)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>{0} on hand → {1}; {2} reserved</source>
        <translation>在庫 {0} → {1}；已預留 {2}</translation>
    </message>
    <message>
        <source>{0} on hand, {1} reserved, {2} available</source>
        <translation>在庫 {0}，已預留 {1}，可用 {2}</translation>
    </message>
</context>
<context>
    <name>AftersalesPanel</name>
    <message>
        <source>Cases</source>
        <translation>售後單</translation>
    </message>
    <message>
        <source>Goods-in</source>
        <translation>退貨入庫</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售後</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Edit article</source>
        <translation>編輯文章</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新增文章</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. refund, alipay, 退款</source>
        <translation>以逗號分隔，例如：refund, alipay, 退款</translation>
    </message>
    <message>
        <source>The reply as the customer reads it. {customer}, {order_no}, {case_no} and {shop} are filled in for the case; write [brackets] for what the agent completes.</source>
        <translation>客戶看到的回覆內文。{customer}、{order_no}、{case_no} 和 {shop} 會依售後單自動填入；需由客服補充的內容請寫在 [方括號] 中。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>標籤(&amp;G)：</translation>
    </message>
    <message>
        <source>Case types:</source>
        <translation>售後類型：</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Suggested for cases of the ticked types and reasons; none ticked means any.</source>
        <translation>建議給所勾選類型與原因的售後單；都不勾選表示不限。</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>內文(&amp;B)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>This article was changed at another desk — reloaded. Check it and save again.</source>
        <translation>此文章已在其他工作台被修改，已重新載入。請核對後再次儲存。</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeTableModel</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>now {0}</source>
        <translation>現為{0}</translation>
    </message>
</context>
<context>
    <name>BatchResultDialog</name>
    <message>
        <source>{0}: {1} orders…</source>
        <translation>{0}：{1} 筆訂單…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>{0} of {1} orders done, {2} refused.</source>
        <translation>已處理 {0}/{1} 筆訂單，{2} 個被拒絕。</translation>
    </message>
    <message>
        <source>Stopping after the current order…</source>
        <translation>處理完目前訂單後停止…</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>The carriers&apos; tracking APIs, for every station of the shop. Secrets are kept in this computer&apos;s keyring.</source>
        <translation>貨運公司的物流查詢介面，店鋪的所有工作站共用。金鑰保存在本機的金鑰圈中。</translation>
    </message>
    <message>
        <source>Only an administrator can change the carriers.</source>
        <translation>只有管理員可以變更貨運公司設定。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基礎 URL</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>&amp;Enabled: poll this carrier</source>
        <translation>啟用：向此貨運公司查詢(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>儲存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
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
        <translation>無需憑證</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已設定</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>基礎 URL(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Partner ID</source>
        <translation>顧客編碼(&amp;P)</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>用戶端 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客戶編號(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>授權 Key(&amp;K)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 金鑰(&amp;K)</translation>
    </message>
    <message>
        <source>Check &amp;word</source>
        <translation>校驗碼(&amp;W)</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>用戶端密鑰(&amp;S)</translation>
    </message>
    <message>
        <source>{0} stored — type to replace</source>
        <translation>{0} 已儲存 — 輸入新值以取代</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>沒有變更。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Saved; the secret is kept in this computer&apos;s keyring.</source>
        <translation>已儲存；金鑰保存在本機的金鑰圈中。</translation>
    </message>
    <message>
        <source>Saved; this computer has no keyring: the secret is kept in the shop&apos;s database.</source>
        <translation>已儲存；本機沒有金鑰圈：金鑰保存在店鋪的資料庫中。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Save the changes first: the test uses the saved settings.</source>
        <translation>請先儲存變更：測試使用的是已儲存的設定。</translation>
    </message>
    <message>
        <source>Asking {0}…</source>
        <translation>正在詢問 {0}…</translation>
    </message>
    <message>
        <source>Simulator (DHL format)</source>
        <translation>模擬器（DHL 格式）</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>No case selected</source>
        <extracomment>Statuses reached by their own step, not a bare move (goods-in, inspection, a recorded refund). The order the buttons stand in: forward first, then the ways out.</extracomment>
        <translation>未選取售後單</translation>
    </message>
    <message>
        <source>Open the order (Ctrl+Shift+O)</source>
        <translation>開啟訂單（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA 期限</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Paid / refunded</source>
        <translation>已付款 / 已退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>換貨訂單</translation>
    </message>
    <message>
        <source>Changing the priority sets the SLA again from the time the case was opened</source>
        <translation>變更優先順序後，SLA 會從售後單建立時起重新計算</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>Make yourself the owner of this case</source>
        <translation>將自己設為此售後單的負責人</translation>
    </message>
    <message>
        <source>Create replacement order</source>
        <translation>建立換貨訂單</translation>
    </message>
    <message>
        <source>A new order with the same goods, free of charge, that is packed and shipped like any other</source>
        <translation>一筆商品相同的免費新訂單，與其他訂單一樣包裝出貨</translation>
    </message>
    <message>
        <source>Request refund…</source>
        <translation>申請退款…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>溝通記錄</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品明細</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款記錄</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Select a case in the queue to see it here (Enter to work on it).</source>
        <translation>在清單中選取一筆售後單即可在此檢視（按 Enter 開始處理）。</translation>
    </message>
    <message>
        <source>Case {0}</source>
        <translation>售後單 {0}</translation>
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
        <translation>訂單 &lt;a href=&quot;{0}&quot;&gt;{0}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Refunds ({0})</source>
        <translation>退款記錄（{0}）</translation>
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
        <translation>未指派</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{1} 於 {0}</translation>
    </message>
    <message>
        <source>{0} / {1} · {2} left</source>
        <translation>{0} / {1} · 尚可退 {2}</translation>
    </message>
    <message>
        <source>{0}: every claimed unit received.</source>
        <translation>{0}：申請退回的商品已全部收到。</translation>
    </message>
    <message>
        <source>{0} → {1}: why? The reason is kept on the case.</source>
        <translation>{0} → {1}：原因為何？原因會記錄在售後單中。</translation>
    </message>
    <message>
        <source>{0} is now “{1}”.</source>
        <translation>{0} 現為「{1}」。</translation>
    </message>
    <message>
        <source>{0} is “{1}” now; the SLA follows.</source>
        <translation>{0} 的優先順序現為「{1}」；SLA 已隨之更新。</translation>
    </message>
    <message>
        <source>You own {0} now.</source>
        <translation>您現在是 {0} 的負責人。</translation>
    </message>
    <message>
        <source>Replacement order created; it goes through packing like any other.</source>
        <translation>換貨訂單已建立，將與其他訂單一樣進入包裝流程。</translation>
    </message>
    <message>
        <source>{0} asked for; it waits for a manager&apos;s approval.</source>
        <translation>已申請退款 {0}，等待經理核准。</translation>
    </message>
    <message>
        <source>{0} refunded.</source>
        <translation>已退款 {0}。</translation>
    </message>
    <message>
        <source>Refund approved and recorded against the order&apos;s payments.</source>
        <translation>退款已核准，並已記入該訂單的付款記錄。</translation>
    </message>
    <message>
        <source>Reject refund</source>
        <translation>拒絕退款</translation>
    </message>
    <message>
        <source>Why is this refund refused?</source>
        <translation>為什麼拒絕這筆退款？</translation>
    </message>
    <message>
        <source>Refund rejected.</source>
        <translation>退款已拒絕。</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>已新增 {0}。</translation>
    </message>
    <message>
        <source>Reply sent to {0}.</source>
        <translation>回覆已傳送至 {0}。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>備註已新增。</translation>
    </message>
    <message>
        <source>This case was changed at another desk — reloaded. Check it and try again.</source>
        <translation>此售後單已在其他工作台被修改，已重新載入。請核對後重試。</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case {0}</source>
        <translation>售後單 {0}</translation>
    </message>
</context>
<context>
    <name>CaseQueuePage</name>
    <message>
        <source>Search case, order, customer, phone or e-mail  (Ctrl+F)</source>
        <extracomment>The queue shows at most this many cases (the most urgent: the service sorts by SLA).</extracomment>
        <translation>搜尋售後單號、訂單編號、客戶、電話或電子郵件（Ctrl+F）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open cases past the time the shop promised an answer by</source>
        <translation>已超過店鋪承諾回覆時間的未結售後單</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Cases you own</source>
        <translation>由您負責的售後單</translation>
    </message>
    <message>
        <source>Refunds to approve</source>
        <translation>待核准退款</translation>
    </message>
    <message>
        <source>Cases with a refund above the shop&apos;s limit, waiting for a manager</source>
        <translation>退款金額超過店鋪限額、等待經理核准的售後單</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未結</translation>
    </message>
    <message>
        <source>Every case still worked on</source>
        <translation>所有尚未結案的售後單</translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>沒有售後單</translation>
    </message>
    <message>
        <source>The first {0} cases by SLA: narrow the search to see the others</source>
        <translation>依 SLA 排序的前 {0} 筆售後單：縮小搜尋範圍可檢視其餘售後單</translation>
    </message>
    <message>
        <source>{0} cases</source>
        <translation>{0} 筆售後單</translation>
    </message>
    <message>
        <source>All types {0}</source>
        <translation>全部類型 {0}</translation>
    </message>
    <message>
        <source>All open {0}</source>
        <translation>全部未結 {0}</translation>
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
        <translation>待核准退款 {0}</translation>
    </message>
</context>
<context>
    <name>CasesTableModel</name>
    <message>
        <source>Case</source>
        <extracomment>The case number of a row, in every column.</extracomment>
        <translation>售後單</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA 期限</translation>
    </message>
    <message>
        <source>Overdue: the shop promised an answer by {0}</source>
        <translation>已逾期：店鋪承諾於 {0} 前回覆</translation>
    </message>
    <message>
        <source>A refund waits for a manager&apos;s approval</source>
        <translation>有一筆退款等待經理核准</translation>
    </message>
    <message>
        <source>Category: {0}</source>
        <translation>類別：{0}</translation>
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
        <translation>暫無備註或回覆。</translation>
    </message>
    <message>
        <source>Write the reply to the customer, or an internal note. Articles from the knowledge base go in at the cursor.</source>
        <translation>在此輸入給客戶的回覆或內部備註。知識庫文章會插入到游標處。</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>傳送回覆</translation>
    </message>
    <message>
        <source>E-mail it to the customer and keep it on the case (Ctrl+Enter)</source>
        <translation>以電子郵件寄給客戶，並保存在售後單中（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>新增內部備註</translation>
    </message>
    <message>
        <source>Kept on the case for the shop only; the customer never sees it</source>
        <translation>僅保存在售後單中供店內查看，客戶看不到</translation>
    </message>
    <message>
        <source>The knowledge base is not available here.</source>
        <translation>此處無法使用知識庫。</translation>
    </message>
</context>
<context>
    <name>GoodsInPage</name>
    <message>
        <source>Scan the case or order barcode on the return slip</source>
        <translation>掃描退貨單上的售後單或訂單條碼</translation>
    </message>
    <message>
        <source>Scan a returned parcel&apos;s slip to start.</source>
        <translation>掃描退貨包裹中的退貨單即可開始。</translation>
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
        <translation>申請數量</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>包裹內數量</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收貨</translation>
    </message>
    <message>
        <source>These units are here (Enter in the scan box, or Ctrl+Enter)</source>
        <translation>確認這些商品已收到（在掃描欄位按 Enter，或按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Count what is in the parcel:</source>
        <translation>清點包裹內的商品：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單件</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Why written off</source>
        <translation>報損原因</translation>
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
        <translation>依所選處理方式重新上架或報損（在掃描欄位按 Enter，或按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Each unit: back on the shelf, or written off with the reason:</source>
        <translation>逐件處理：重新上架，或報損並註明原因：</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1&lt;/b&gt;&amp;nbsp; Scan the barcode on the customer&apos;s return slip (the case or the order number).&lt;/p&gt;&lt;p&gt;&lt;b&gt;2&lt;/b&gt;&amp;nbsp; Count what is in the parcel and press &lt;b&gt;Receive&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3&lt;/b&gt;&amp;nbsp; For each unit: back on the shelf, or written off with the reason — then &lt;b&gt;Done&lt;/b&gt;. Stock follows at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;1&lt;/b&gt;&amp;nbsp; 掃描客戶退貨單上的條碼（售後單號或訂單編號）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;2&lt;/b&gt;&amp;nbsp; 清點包裹內的商品，然後按&lt;b&gt;收貨&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;3&lt;/b&gt;&amp;nbsp; 逐件處理：重新上架，或報損並註明原因，然後按&lt;b&gt;完成&lt;/b&gt;。庫存隨即更新。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for an open return for {0}…</source>
        <translation>正在尋找 {0} 的未結退貨…</translation>
    </message>
    <message>
        <source>{0} {1} for order {2}: count what came back and press Receive (or Enter).</source>
        <translation>訂單 {2} 的{0} {1}：請清點退回的商品，然後按「收貨」（或按 Enter）。</translation>
    </message>
    <message>
        <source>{0} is received: decide each unit and press Done.</source>
        <translation>{0} 已收貨：請逐件選擇處理方式，然後按「完成」。</translation>
    </message>
    <message>
        <source>{0} is “{1}”: nothing to receive or inspect here.</source>
        <translation>{0} 目前為「{1}」：此處無需收貨或驗貨。</translation>
    </message>
    <message>
        <source>No open return or exchange for “{0}”. Check the slip, or ask the service desk to open one.</source>
        <translation>找不到「{0}」的未結退貨或換貨。請核對退貨單，或請客服建立售後單。</translation>
    </message>
    <message>
        <source>{0} {1} · order {2} · {3} · {4}</source>
        <translation>{0} {1} · 訂單 {2} · {3} · {4}</translation>
    </message>
    <message>
        <source>Nothing counted: set how many units are in the parcel.</source>
        <translation>尚未清點：請填寫包裹內的商品件數。</translation>
    </message>
    <message>
        <source>{0}: 1 unit received. Now decide what becomes of it.</source>
        <translation>{0}：已收到 1 件。請決定如何處理它。</translation>
    </message>
    <message>
        <source>{0}: {1} units received. Now decide each one.</source>
        <translation>{0}：已收到 {1} 件。請逐件選擇處理方式。</translation>
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
        <translation>報損</translation>
    </message>
    <message>
        <source>e.g. broken seal, damaged box</source>
        <translation>例如：封條破損、外盒損壞</translation>
    </message>
    <message>
        <source>Say why each written-off unit cannot be sold.</source>
        <translation>請說明每件報損商品無法再銷售的原因。</translation>
    </message>
    <message>
        <source>{0} done: {1} back on the shelf, {2} written off. Scan the next parcel.</source>
        <translation>{0} 已完成：重新上架 {1} 件，報損 {2} 件。請掃描下一個包裹。</translation>
    </message>
</context>
<context>
    <name>KnowledgeBasePage</name>
    <message>
        <source>Search title, text or tags (Chinese or English)</source>
        <extracomment>An article was created, edited, retired or restored here.</extracomment>
        <translation>搜尋標題、內文或標籤（中文或英文）</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部語言</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>顯示已停用</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>新增文章(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
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
        <translation>未選取文章</translation>
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
        <translation>{0} · 標籤：{1}
建議用於：{2} · 原因：{3}
版本 {4}，最後由 {5} 儲存</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢復(&amp;R)</translation>
    </message>
    <message>
        <source>This article was changed at another desk — reloaded. Check it and try again.</source>
        <translation>此文章已在其他工作台被修改，已重新載入。請核對後重試。</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>已儲存「{0}」。</translation>
    </message>
    <message>
        <source>Retired “{0}”: agents no longer see it.</source>
        <translation>已停用「{0}」：客服將不再看到這篇文章。</translation>
    </message>
</context>
<context>
    <name>KnowledgePicker</name>
    <message>
        <source>Search articles (Chinese or English)</source>
        <extracomment>The article rendered for the case (placeholders filled), to go in at the reply&apos;s cursor.</extracomment>
        <translation>搜尋文章（中文或英文）</translation>
    </message>
    <message>
        <source>Suggested for this case</source>
        <translation>本售後單的建議文章</translation>
    </message>
    <message>
        <source>Select an article to read it here.</source>
        <translation>選取一篇文章即可在此閱讀。</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>插入回覆</translation>
    </message>
    <message>
        <source>Enter inserts the selected article into the reply, filled in for the case; Alt+1 … Alt+5 insert suggestion 1 to 5 from anywhere in this window.</source>
        <translation>按 Enter 將所選文章插入回覆，並自動填入本售後單的資訊；在此視窗任意位置按 Alt+1 … Alt+5 可插入第 1 到 5 篇建議文章。</translation>
    </message>
    <message>
        <source>Found: {0}</source>
        <translation>找到 {0} 篇</translation>
    </message>
    <message>
        <source>No article holds these words.</source>
        <translation>沒有文章包含這些字詞。</translation>
    </message>
    <message>
        <source>No suggestions for this case; search above.</source>
        <translation>本售後單沒有建議文章；請在上方搜尋。</translation>
    </message>
    <message>
        <source>There is no suggestion {0}.</source>
        <translation>沒有第 {0} 篇建議文章。</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>On hand Δ</source>
        <translation>在庫變化</translation>
    </message>
    <message>
        <source>Reserved Δ</source>
        <translation>預留變化</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>單據編號</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Ledger — {0}</source>
        <translation>庫存流水 — {0}</translation>
    </message>
    <message>
        <source>{0} on hand · {1} reserved · {2} available · low at {3}</source>
        <translation>在庫 {0} · 已預留 {1} · 可用 {2} · 預警值 {3}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>No stock movements yet.</source>
        <translation>暫無庫存變動。</translation>
    </message>
    <message>
        <source>The newest {0} movements, newest first.</source>
        <translation>最近 {0} 筆變動，最新的在前。</translation>
    </message>
</context>
<context>
    <name>LineEditBar</name>
    <message>
        <source>The selected line&apos;s quantity</source>
        <extracomment>What the edit controls ask the dialog to run: the service method&apos;s name, its arguments, and the sentence to show when it succeeded.</extracomment>
        <translation>所選行的數量</translation>
    </message>
    <message>
        <source>Set quantity</source>
        <translation>設定數量</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>刪除此行</translation>
    </message>
    <message>
        <source>The address the units go to</source>
        <translation>這些件數寄往的地址</translation>
    </message>
    <message>
        <source>How many of the line&apos;s units move (all of them splits nothing)</source>
        <translation>移走此行的多少件（全部移走則不拆分）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>catalogue price</source>
        <translation>目錄價</translation>
    </message>
    <message>
        <source>Leave empty for the catalogue&apos;s price; another price needs a reason</source>
        <translation>留空即按目錄價；其他價格需填寫原因</translation>
    </message>
    <message>
        <source>why this price</source>
        <translation>為何用此價格</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>新增一行</translation>
    </message>
    <message>
        <source>Selected line:</source>
        <translation>所選行：</translation>
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
        <translation>新增：</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Address {0}</source>
        <translation>地址 {0}</translation>
    </message>
    <message>
        <source>Your role may not change orders.</source>
        <translation>您的角色不能修改訂單。</translation>
    </message>
    <message>
        <source>The lines are fixed while packing station {0} has the order.</source>
        <translation>包裝台 {0} 正在處理此訂單，商品行不能修改。</translation>
    </message>
    <message>
        <source>The lines are fixed once the order is packed.</source>
        <translation>訂單包裝後商品行不能再修改。</translation>
    </message>
    <message>
        <source>Line {0}: quantity {1} → {2}.</source>
        <translation>第 {0} 行：數量 {1} → {2}。</translation>
    </message>
    <message>
        <source>Line {0} removed.</source>
        <translation>已刪除第 {0} 行。</translation>
    </message>
    <message>
        <source>{0} × {1} moved to address {2}.</source>
        <translation>{0} × {1} 已移到地址 {2}。</translation>
    </message>
    <message>
        <source>The price “{0}” is not an amount such as 12.50.</source>
        <translation>價格「{0}」不是像 12.50 這樣的金額。</translation>
    </message>
    <message>
        <source>Line {0} added.</source>
        <translation>已新增第 {0} 行。</translation>
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
        <translation>申請數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
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
        <translation>已報損</translation>
    </message>
    <message>
        <source>Why written off</source>
        <translation>報損原因</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>desktop-oms — log in</source>
        <translation>desktop-oms — 登入</translation>
    </message>
    <message>
        <source>desktop-oms — new shop</source>
        <translation>desktop-oms — 新店鋪</translation>
    </message>
    <message>
        <source>Create the administrator of this shop</source>
        <translation>建立本店鋪的管理員</translation>
    </message>
    <message>
        <source>Log in to {0}</source>
        <translation>登入 {0}</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>建立並登入</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>This database has no users yet. The administrator can add packers, agents and managers afterwards.</source>
        <translation>此資料庫還沒有使用者。管理員之後可以新增包裝員、客服和經理。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在驗證…</translation>
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
        <translation>訂單</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>包裝</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The shop&apos;s database</source>
        <translation>店鋪資料庫</translation>
    </message>
    <message>
        <source>○ connecting…</source>
        <translation>○ 正在連線…</translation>
    </message>
    <message>
        <source>updates on F5</source>
        <translation>按 F5 重新整理</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>登出(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>訂單(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>新訂單(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>開啟訂單(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Allocate selected</source>
        <translation>分配所選訂單(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hold selected…</source>
        <translation>暫緩所選訂單(&amp;H)…</translation>
    </message>
    <message>
        <source>R&amp;elease selected</source>
        <translation>解除暫緩所選訂單(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel selected…</source>
        <translation>取消所選訂單(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Give back from packing…</source>
        <translation>從包裝台退回佇列(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About desktop-oms</source>
        <translation>關於 desktop-oms(&amp;A)</translation>
    </message>
    <message>
        <source>About desktop-oms</source>
        <translation>關於 desktop-oms</translation>
    </message>
    <message>
        <source>desktop-oms — the back office for an online shop&apos;s orders, stock, packing, shipping and after-sales.</source>
        <translation>desktop-oms — 網路商店後台：訂單、庫存、包裝、出貨與售後。</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <source>● live</source>
        <translation>● 即時</translation>
    </message>
    <message>
        <source>○ reconnecting…</source>
        <translation>○ 正在重新連線…</translation>
    </message>
    <message>
        <source>Changes made at other stations appear here by themselves</source>
        <translation>其他工作站所做的變更會自動顯示在這裡</translation>
    </message>
    <message>
        <source>The database cannot be reached; retrying</source>
        <translation>無法連線資料庫，正在重試</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case on order {0}</source>
        <extracomment>The reason a type starts with (the agent changes it when the customer says otherwise).</extracomment>
        <translation>為訂單 {0} 新增售後單</translation>
    </message>
    <message>
        <source>{0}  {1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>1 return · 2 exchange · 3 refund · 4 complaint</source>
        <translation>1 退貨 · 2 換貨 · 3 退款 · 4 客訴</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>What the customer says, in a sentence or two</source>
        <translation>用一兩句話記下客戶的描述</translation>
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
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>本次申請</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Units already claimed by other open returns and exchanges</source>
        <translation>其他未結退貨或換貨已申請的件數</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>建立售後單</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Type (1–4)</source>
        <translation>類型（1–4）</translation>
    </message>
    <message>
        <source>{0} at {1} each</source>
        <translation>{0}，單價 {1}</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation> / {0}</translation>
    </message>
    <message>
        <source>What comes back (at most what was shipped and not already returned):</source>
        <translation>退回的商品（不超過已出貨且尚未退回的數量）：</translation>
    </message>
    <message>
        <source>Lines it is about (optional):</source>
        <translation>涉及的商品（選填）：</translation>
    </message>
    <message>
        <source>A return or an exchange needs at least one unit that was shipped and not already returned.</source>
        <translation>退貨或換貨至少需要一件已出貨且尚未退回的商品。</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New order</source>
        <extracomment>The payment statuses a new order may start in, per kind of method (the service&apos;s rule).</extracomment>
        <translation>新訂單</translation>
    </message>
    <message>
        <source>Save order  (Ctrl+Enter)</source>
        <translation>儲存訂單  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Name, phone or e-mail — Down and Enter pick</source>
        <translation>姓名、電話或電子郵件 — 用 ↓ 和 Enter 選擇</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>&amp;New customer instead</source>
        <translation>改為新客戶(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Use this customer</source>
        <translation>使用此客戶(&amp;U)</translation>
    </message>
    <message>
        <source>Scan a barcode, or type SKU or name and Enter</source>
        <translation>掃描條碼，或輸入 SKU 或品名後按 Enter</translation>
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
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Price reason</source>
        <translation>改價原因</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>地址 1</translation>
    </message>
    <message>
        <source>Add another add&amp;ress</source>
        <translation>再新增一個地址(&amp;R)</translation>
    </message>
    <message>
        <source>Send some lines to another address (Spring Festival gifts)</source>
        <translation>把部分商品寄到另一個地址（春節禮品）</translation>
    </message>
    <message>
        <source>&amp;Allocate at once</source>
        <translation>立即分配庫存(&amp;A)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品行</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>新增(&amp;D)</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收貨地址</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中國</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中國香港</translation>
    </message>
    <message>
        <source>Macau</source>
        <translation>中國澳門</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>馬來西亞</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韓國</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美國</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英國</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德國</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法國</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷蘭</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳洲</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>紐西蘭</translation>
    </message>
    <message>
        <source>New order {0}</source>
        <translation>新訂單 {0}</translation>
    </message>
    <message>
        <source>No customer found: type a new one below.</source>
        <translation>沒有找到客戶：請在下方填寫新客戶。</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>相同的電話</translation>
    </message>
    <message>
        <source>the same e-mail</source>
        <translation>相同的電子郵件</translation>
    </message>
    <message>
        <source>⚠ {0} already has {1}. Pick them instead?</source>
        <translation>⚠ {0} 已使用{1}。改為選擇該客戶？</translation>
    </message>
    <message>
        <source>{0}  {1}  · {2} available · {3}</source>
        <translation>{0}  {1}  · 可用 {2} · {3}</translation>
    </message>
    <message>
        <source>No active product “{0}”.</source>
        <translation>沒有在售商品「{0}」。</translation>
    </message>
    <message>
        <source>Only {0} available: the order waits for stock (backordered)</source>
        <translation>僅有 {0} 件可用：訂單將等待到貨（缺貨待發）</translation>
    </message>
    <message>
        <source>{0} items · total {1}</source>
        <translation>{0} 件 · 合計 {1}</translation>
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
        <translation>放棄此訂單？</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>Order {0}</source>
        <extracomment>Edits whose refusal says &quot;this order is past editing&quot; rather than &quot;cannot move to …&quot;.</extracomment>
        <translation>訂單 {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>收貨人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
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
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>國家（兩位字母代碼）</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>儲存地址</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>復原修改</translation>
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
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>單據編號</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>售後單</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA 期限</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新增售後單…</translation>
    </message>
    <message>
        <source>A return, exchange, refund or complaint on this order (Ctrl+K, then 1–4 for the type, Enter)</source>
        <translation>為此訂單提出退貨、換貨、退款或客訴（按 Ctrl+K，再按 1–4 選擇類型，然後按 Enter）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收貨地址</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品明細</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款記錄</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>售後單</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} {3} · {4} / {5}</source>
        <translation>{0} · {1} · {2} {3} · {4} / {5}</translation>
    </message>
    <message>
        <source>(no customer details)</source>
        <translation>（無客戶資訊）</translation>
    </message>
    <message>
        <source>The address is fixed once the order is packed.</source>
        <translation>訂單包裝後地址不能再修改。</translation>
    </message>
    <message>
        <source>Your role may not change addresses.</source>
        <translation>您的角色無權修改地址。</translation>
    </message>
    <message>
        <source>Ship to (address 1)</source>
        <translation>收貨地址（地址 1）</translation>
    </message>
    <message>
        <source>Addresses ({0})</source>
        <translation>地址（{0}）</translation>
    </message>
    <message>
        <source>Gift message: {0}</source>
        <translation>禮品留言：{0}</translation>
    </message>
    <message>
        <source>On hold because: {0}</source>
        <translation>暫緩原因：{0}</translation>
    </message>
    <message>
        <source>{0} shipped</source>
        <translation>已出貨 {0}</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>已預留</translation>
    </message>
    <message>
        <source>{0} of {1} reserved</source>
        <translation>已預留 {0}/{1}</translation>
    </message>
    <message>
        <source>not reserved</source>
        <translation>未預留</translation>
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
        <translation>物流單號：{0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Case {0}: {1}</source>
        <translation>售後單 {0}：{1}</translation>
    </message>
    <message>
        <source>Line {0} qty {1} → {2}</source>
        <translation>第 {0} 行數量 {1} → {2}</translation>
    </message>
    <message>
        <source>Line added: {0} × {1}</source>
        <translation>新增一行：{0} × {1}</translation>
    </message>
    <message>
        <source>Line removed: {0} × {1}</source>
        <translation>刪除一行：{0} × {1}</translation>
    </message>
    <message>
        <source>{0} × {1} moved from address {2} to address {3}</source>
        <translation>{0} × {1} 從地址 {2} 移到地址 {3}</translation>
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
        <translation>已新增地址 {0}</translation>
    </message>
    <message>
        <source>Address {0} removed</source>
        <translation>已刪除地址 {0}</translation>
    </message>
    <message>
        <source>at {0} instead of the catalogue&apos;s {1}: {2}</source>
        <translation>價格 {0}（目錄價 {1}）：{2}</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>價格 {0}</translation>
    </message>
    <message>
        <source>Cases ({0})</source>
        <translation>售後單（{0}）</translation>
    </message>
    <message>
        <source>Case {0} opened.</source>
        <translation>售後單 {0} 已建立。</translation>
    </message>
    <message>
        <source>Address saved.</source>
        <translation>地址已儲存。</translation>
    </message>
    <message>
        <source>This order was changed at another desk — reloaded. Your address was not saved; check the order and enter it again.</source>
        <translation>此訂單已在其他工作台被修改，已重新載入。您的地址沒有儲存；請核對訂單後重新輸入。</translation>
    </message>
    <message>
        <source>This order was changed at another desk — reloaded. Your change was not saved; check the order and make it again.</source>
        <translation>此訂單已在另一工作站被修改 — 已重新載入。您的修改未儲存；請檢查訂單後重新修改。</translation>
    </message>
    <message>
        <source>Order {0} is {1} now: its lines and addresses can no longer change.</source>
        <translation>訂單 {0} 現在為「{1}」：商品行和地址不能再修改。</translation>
    </message>
</context>
<context>
    <name>OrderQueueTableModel</name>
    <message>
        <source>Order</source>
        <extracomment>Pages kept in memory; more are dropped, farthest from the last one asked for first. After a live update, the anchors (a scan of the whole filter) are renewed at most this often... ...unless the filter is small enough to scan every time. Status colours: (text, background), soft enough to read all day. A page of rows and, for each, the texts of its columns. The first page of a new filter is in, and when the count is known (the anchors come later). A refresh (F5, live update) has replaced every loaded page.</extracomment>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>點選排序</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Search order number, customer, phone or e-mail  (Ctrl+F)</source>
        <extracomment>Orders allocated per call in a batch: progress and Stop between chunks. The chips, in the order an order lives. &quot;New order…&quot; was pressed (the window opens the dialog). Something this panel did changed orders (the stock tab may want to know).</extracomment>
        <translation>搜尋訂單編號、客戶、電話或電子郵件（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何時間</translation>
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
        <translation>自訂範圍</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>任何付款狀態</translation>
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
        <translation>暫緩…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除暫緩</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消訂單…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新訂單…</translation>
    </message>
    <message>
        <source>Type in an order for a customer on the phone (Ctrl+N)</source>
        <translation>為電話中的客戶輸入訂單（Ctrl+N）</translation>
    </message>
    <message>
        <source>Reserve stock for the selected orders, whole orders only</source>
        <translation>為所選訂單預留庫存（僅整單分配）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>All {0}</source>
        <translation>全部 {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>{0} 筆訂單</translation>
    </message>
    <message>
        <source>Hold orders</source>
        <translation>暫緩訂單</translation>
    </message>
    <message>
        <source>Why are these {0} orders held?</source>
        <translation>為什麼暫緩這 {0} 筆訂單？</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>取消訂單</translation>
    </message>
    <message>
        <source>Cancel {0} orders and release their stock. Reason:</source>
        <translation>取消 {0} 筆訂單並釋放其庫存。原因：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give back from packing</source>
        <translation>從包裝台退回佇列</translation>
    </message>
    <message>
        <source>Give {0} orders back from their packing station. Why?</source>
        <translation>將 {0} 筆訂單從其包裝工作站退回佇列。原因？</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
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
        <translation>儲位</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已掃描</translation>
    </message>
</context>
<context>
    <name>PackingPanel</name>
    <message>
        <source>Press Enter for the next order, or scan an order&apos;s barcode.</source>
        <extracomment>Esc must be pressed twice within this time to give an order back.</extracomment>
        <translation>按 Enter 領取下一筆訂單，或掃描訂單條碼。</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>在此掃描</translation>
    </message>
    <message>
        <source>Scan box</source>
        <translation>掃描欄位</translation>
    </message>
    <message>
        <source>Enter: next order · Ctrl+Z: undo the last scan · Esc twice: give the order back · F4: choose the carrier · F6: print the slip again</source>
        <translation>Enter：下一筆訂單 · Ctrl+Z：復原上一次掃描 · 按兩次 Esc：退回訂單 · F4：選擇貨運公司 · F6：重新列印裝箱單</translation>
    </message>
    <message>
        <source>Station: {0}</source>
        <translation>工作站：{0}</translation>
    </message>
    <message>
        <source>Your role may not pack orders.</source>
        <translation>您的角色無權包裝訂單。</translation>
    </message>
    <message>
        <source>One moment — still saving the last step.</source>
        <translation>請稍候 — 上一步仍在儲存中。</translation>
    </message>
    <message>
        <source>Scan the next item of {0}.</source>
        <translation>請掃描 {0} 的下一件商品。</translation>
    </message>
    <message>
        <source>Scan the carrier&apos;s tracking label.</source>
        <translation>請掃描物流標籤。</translation>
    </message>
    <message>
        <source>Taking the next order…</source>
        <translation>正在領取下一筆訂單…</translation>
    </message>
    <message>
        <source>Taking order {0}…</source>
        <translation>正在領取訂單 {0}…</translation>
    </message>
    <message>
        <source>Parcel {0} of {1} of {2} is packed. Scan its tracking label.</source>
        <translation>{2} 的第 {0}/{1} 個包裹已包裝。請掃描它的運單號。</translation>
    </message>
    <message>
        <source>{0} is packed. Scan the carrier&apos;s tracking label (F6 prints the slip again).</source>
        <translation>{0} 已包裝。請掃描物流標籤（按 F6 重新列印裝箱單）。</translation>
    </message>
    <message>
        <source>{0} goes to {1} addresses. Parcel {2} of {1}: scan its {3} units.</source>
        <translation>{0} 寄往 {1} 個地址。第 {2}/{1} 個包裹：請掃描其 {3} 件商品。</translation>
    </message>
    <message>
        <source>{0} was still open at this station: scan all its items again.</source>
        <translation>{0} 在本工作站尚未完成：請重新掃描所有商品。</translation>
    </message>
    <message>
        <source>Scan the items of {0}: {1} units.</source>
        <translation>請掃描 {0} 的商品：共 {1} 件。</translation>
    </message>
    <message>
        <source>No order is waiting to be packed. Press Enter to look again.</source>
        <translation>沒有待包裝的訂單。按 Enter 重新查詢。</translation>
    </message>
    <message>
        <source>That is this order&apos;s own barcode: scan its items.</source>
        <translation>這是本訂單本身的條碼：請掃描訂單中的商品。</translation>
    </message>
    <message>
        <source>✓ {0} — {1}  {2} / {3}</source>
        <translation>✓ {0} — {1}  {2} / {3}</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手動輸入</translation>
    </message>
    <message>
        <source>✗ One too many: {0} needs {1}. Put it back.</source>
        <translation>✗ 多掃了一件：{0} 只需 {1} 件。請放回。</translation>
    </message>
    <message>
        <source>✗ Not in this order: {0}</source>
        <translation>✗ 不屬於本訂單：{0}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>沒有可復原的掃描。</translation>
    </message>
    <message>
        <source>Undone: {0}  {1} / {2}</source>
        <translation>已復原：{0}  {1} / {2}</translation>
    </message>
    <message>
        <source>Press Esc again to give {0} back.</source>
        <translation>再按一次 Esc 將 {0} 退回佇列。</translation>
    </message>
    <message>
        <source>Giving {0} back…</source>
        <translation>正在將 {0} 退回佇列…</translation>
    </message>
    <message>
        <source>{0} given back. Press Enter for the next order.</source>
        <translation>{0} 已退回佇列。按 Enter 領取下一筆訂單。</translation>
    </message>
    <message>
        <source>Printing the slip of {0} again.</source>
        <translation>正在重新列印 {0} 的裝箱單。</translation>
    </message>
    <message>
        <source>All items scanned — packing {0}…</source>
        <translation>商品已全部掃描 — 正在包裝 {0}…</translation>
    </message>
    <message>
        <source>Parcel {0} of {1} packed ✓ Scan its tracking label.</source>
        <translation>第 {0}/{1} 個包裹已包裝 ✓ 請掃描它的運單號。</translation>
    </message>
    <message>
        <source>Packed ✓ Scan the carrier&apos;s tracking label.</source>
        <translation>已包裝 ✓ 請掃描物流標籤。</translation>
    </message>
    <message>
        <source>The packing slip is printing.</source>
        <translation>正在列印裝箱單。</translation>
    </message>
    <message>
        <source>✗ That is an item, not a tracking label.</source>
        <translation>✗ 這是商品，不是物流標籤。</translation>
    </message>
    <message>
        <source>✗ Not a tracking number: {0}</source>
        <translation>✗ 不是物流單號：{0}</translation>
    </message>
    <message>
        <source>{0} fits several carriers: press 1–{1}, or Enter for the first.</source>
        <translation>{0} 符合多家貨運公司：按 1–{1} 選擇，或按 Enter 選第一家。</translation>
    </message>
    <message>
        <source>Choose the carrier: press 1–{0}, then scan the label.</source>
        <translation>選擇貨運公司：按 1–{0}，然後掃描物流標籤。</translation>
    </message>
    <message>
        <source>✗ Press a number from 1 to {0}.</source>
        <translation>✗ 請按 1 到 {0} 之間的數字。</translation>
    </message>
    <message>
        <source>{0}: scan the tracking label.</source>
        <translation>{0}：請掃描物流標籤。</translation>
    </message>
    <message>
        <source>Shipping {0} with {1} {2}…</source>
        <translation>正在出貨 {0}：{1} {2}…</translation>
    </message>
    <message>
        <source>Last: {0} shipped with {1} {2}</source>
        <translation>上一筆：{0} 已出貨（{1} {2}）</translation>
    </message>
    <message>
        <source>Parcel {0} of {1} of {2} shipped ✓</source>
        <translation>{2} 的第 {0}/{1} 個包裹已出貨 ✓</translation>
    </message>
    <message>
        <source>{0} shipped ✓</source>
        <translation>{0} 已出貨 ✓</translation>
    </message>
    <message>
        <source>Slip of {0} sent to {1}.</source>
        <translation>{0} 的裝箱單已傳送至 {1}。</translation>
    </message>
    <message>
        <source>The slip did not print: {0} — F6 tries again.</source>
        <translation>裝箱單未能列印：{0} — 按 F6 重試。</translation>
    </message>
    <message>
        <source>Wrong item: {0} {1} is not in this order.</source>
        <translation>商品錯誤：{0} {1} 不屬於本訂單。</translation>
    </message>
    <message>
        <source>Unknown code: no product has this barcode or SKU.</source>
        <translation>未知條碼：沒有商品使用此條碼或 SKU。</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>無訂單</translation>
    </message>
    <message>
        <source>{0} · parcel {1} of {2}</source>
        <translation>{0} · 第 {1}/{2} 個包裹</translation>
    </message>
    <message>
        <source>Cash on delivery: collect {0} {1:.2f}</source>
        <translation>貨到付款：代收 {0} {1:.2f}</translation>
    </message>
    <message>
        <source>Gift message: {0}</source>
        <translation>禮品留言：{0}</translation>
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
        <translation>Letter（美式信紙）</translation>
    </message>
    <message>
        <source>4 × 6 in label</source>
        <translation>4 × 6 英吋標籤</translation>
    </message>
</context>
<context>
    <name>PdfJobs</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Saved as {0}</source>
        <translation>已儲存為 {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一頁（Page Up）</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一頁（Page Down）</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>符合寬度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width</source>
        <translation>讓頁面符合視窗寬度</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>縮小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 頁，共 {1} 頁</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>No photo selected.</source>
        <extracomment>What the file dialog offers (the service checks the bytes, whatever the name says).</extracomment>
        <translation>未選取照片。</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>新增照片…</translation>
    </message>
    <message>
        <source>A picture of the damage or the parcel (PNG, JPEG, WebP, GIF or HEIC, up to 10 MB)</source>
        <translation>商品損壞處或包裹的照片（PNG、JPEG、WebP、GIF 或 HEIC，最大 10 MB）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>In this computer&apos;s picture viewer</source>
        <translation>以本機的相片檢視器開啟</translation>
    </message>
    <message>
        <source>No photos on this case.</source>
        <translation>此售後單沒有照片。</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>新增照片</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>圖片 ({0})</translation>
    </message>
    <message>
        <source>{0} is {1}; photos may be up to 10 MB.</source>
        <translation>{0} 的大小為 {1}；照片最大為 10 MB。</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>無法讀取 {0}：{1}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>{0} cannot be shown here; Open shows it in the picture viewer.</source>
        <translation>{0} 無法在此顯示；按「開啟」可在相片檢視器中檢視。</translation>
    </message>
</context>
<context>
    <name>PickListDialog</name>
    <message>
        <source>Pick list</source>
        <translation>揀貨單</translation>
    </message>
    <message>
        <source>The &amp;next</source>
        <translation>接下來的(&amp;N)</translation>
    </message>
    <message>
        <source>allocated orders nobody is packing</source>
        <translation>筆無人包裝的已分配訂單</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>紙張(&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>Choose the orders and the paper, then Create: the preview opens.</source>
        <translation>選擇訂單和紙張，然後按「產生」：將開啟預覽。</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>正在產生揀貨單…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 頁</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} 頁</translation>
    </message>
    <message>
        <source>Pick list for {0} orders, {1}.</source>
        <translation>揀貨單：{0} 筆訂單，{1}。</translation>
    </message>
    <message>
        <source>No allocated order is waiting: there is nothing to pick.</source>
        <translation>沒有等待中的已分配訂單：無需揀貨。</translation>
    </message>
</context>
<context>
    <name>PollerStatusLabel</name>
    <message>
        <source>Tracking: first run shortly</source>
        <translation>物流追蹤：即將首次查詢</translation>
    </message>
    <message>
        <source>The carriers are asked about parcels on their way every few minutes</source>
        <translation>每隔幾分鐘向貨運公司查詢運送中的包裹</translation>
    </message>
    <message>
        <source>Tracking: polling…</source>
        <translation>物流追蹤：正在查詢…</translation>
    </message>
    <message>
        <source>Tracking: polling {0}/{1}…</source>
        <translation>物流追蹤：正在查詢 {0}/{1}…</translation>
    </message>
    <message>
        <source>Tracking: last run {0} — {1} polled, {2} updated, {3} errors</source>
        <translation>物流追蹤：上次查詢 {0} — 查詢 {1} 件，更新 {2} 件，錯誤 {3} 次</translation>
    </message>
    <message>
        <source>Tracking: last run {0} — {1} polled, {2} updated</source>
        <translation>物流追蹤：上次查詢 {0} — 查詢 {1} 件，更新 {2} 件</translation>
    </message>
    <message>
        <source>{0} new events</source>
        <translation>{0} 筆新動態</translation>
    </message>
    <message>
        <source>{0} answers set aside as unusable</source>
        <translation>{0} 筆無法使用的回覆已隔離</translation>
    </message>
    <message>
        <source>… and {0} more errors</source>
        <translation>… 另有 {0} 個錯誤</translation>
    </message>
    <message>
        <source>Tracking: last run {0} failed</source>
        <translation>物流追蹤：{0} 的查詢失敗</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print packing &amp;slips…</source>
        <translation>列印裝箱單(&amp;S)…</translation>
    </message>
    <message>
        <source>Pic&amp;k list…</source>
        <translation>揀貨單(&amp;K)…</translation>
    </message>
    <message>
        <source>Your role may not pack orders</source>
        <translation>您的角色無權包裝訂單</translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Printing on {0}…</source>
        <translation>正在列印至 {0}…</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>列印完本頁後停止…</translation>
    </message>
    <message>
        <source>Printed {0} pages on {1}.</source>
        <translation>已列印 {0} 頁（{1}）。</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>列印已停止。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>desktop-oms test page</source>
        <translation>desktop-oms 測試頁</translation>
    </message>
    <message>
        <source>The frame marks the printable area; the ruler below should measure exactly 100 mm.</source>
        <translation>外框標示可列印範圍；下方尺規應剛好是 100 公釐。</translation>
    </message>
    <message>
        <source>Station: {0}</source>
        <translation>工作站：{0}</translation>
    </message>
    <message>
        <source>Printer: {0}</source>
        <translation>印表機：{0}</translation>
    </message>
    <message>
        <source>chosen in the print dialog</source>
        <translation>於列印對話方塊中選擇</translation>
    </message>
    <message>
        <source>Printed: {0}</source>
        <translation>列印時間：{0}</translation>
    </message>
    <message>
        <source>{0} mm</source>
        <translation>{0} 公釐</translation>
    </message>
    <message>
        <source>PDF file {0}</source>
        <translation>PDF 檔案 {0}</translation>
    </message>
    <message>
        <source>The printer “{0}” is not available on this computer. Choose another one in Settings → Printing.</source>
        <translation>這台電腦上沒有印表機「{0}」。請在「設定 → 列印」中選擇其他印表機。</translation>
    </message>
    <message>
        <source>The printer “{0}” could not start printing. Check that it is on and has paper, then try again.</source>
        <translation>印表機「{0}」無法開始列印。請確認印表機已開機且有紙，然後再試一次。</translation>
    </message>
    <message>
        <source>The PDF file “{0}” cannot be read.</source>
        <translation>無法讀取 PDF 檔案「{0}」。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as “{0}”: {1}.</source>
        <translation>PDF 無法儲存為「{0}」：{1}。</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsPage</name>
    <message>
        <source>These settings belong to this computer: each station sets its own.</source>
        <extracomment>As long as the packing service lets a station&apos;s name be.</extracomment>
        <translation>這些設定只適用於這台電腦：每個工作站各自設定。</translation>
    </message>
    <message>
        <source>Shown on the packing screen and in the scan log</source>
        <translation>顯示在包裝畫面和掃描記錄中</translation>
    </message>
    <message>
        <source>Print &amp;without a dialog at the pack bench</source>
        <translation>包裝台列印時不顯示對話方塊(&amp;W)</translation>
    </message>
    <message>
        <source>Packing slips go straight to the default printer; otherwise the preview opens first</source>
        <translation>裝箱單直接送至預設印表機；否則先開啟預覽</translation>
    </message>
    <message>
        <source>Print a test pa&amp;ge</source>
        <translation>列印測試頁(&amp;G)</translation>
    </message>
    <message>
        <source>This computer has no printer set up: slips open in the preview, from which they can be saved as PDF.</source>
        <translation>這台電腦尚未設定印表機：裝箱單會在預覽中開啟，可從預覽另存為 PDF。</translation>
    </message>
    <message>
        <source>S&amp;tation name</source>
        <translation>工作站名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Default &amp;printer</source>
        <translation>預設印表機(&amp;P)</translation>
    </message>
    <message>
        <source>Slip si&amp;ze</source>
        <translation>裝箱單紙張(&amp;Z)</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>每次詢問</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0}（無法使用）</translation>
    </message>
    <message>
        <source>Choose a default printer first</source>
        <translation>請先選擇預設印表機</translation>
    </message>
    <message>
        <source>Printing a test page on {0}…</source>
        <translation>正在列印測試頁至 {0}…</translation>
    </message>
    <message>
        <source>The test page went to {0}.</source>
        <translation>測試頁已傳送至 {0}。</translation>
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
        <translation>EAN-13、UPC 或自訂編碼</translation>
    </message>
    <message>
        <source>Tea &gt; Green tea (new levels are created)</source>
        <translation>茶葉 &gt; 綠茶（不存在的層級會自動建立）</translation>
    </message>
    <message>
        <source>Marked low when available is at or below this</source>
        <translation>可用數量等於或低於此值時標記為庫存不足</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>無圖片</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>On sale (active)</source>
        <translation>在售（啟用）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>條碼(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>價格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>分類(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Low at</source>
        <translation>預警值(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>圖片(&amp;I)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Product image</source>
        <translation>商品圖片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>不是圖片</translation>
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
        <translation>選填</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>收貨</translation>
    </message>
    <message>
        <source>Scan or type the SKU</source>
        <translation>掃描或輸入 SKU</translation>
    </message>
    <message>
        <source>Delivery note, supplier or purchase order (optional)</source>
        <translation>送貨單、供應商或採購單（選填）</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>數量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收貨</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Enter the SKU of the product received.</source>
        <translation>請輸入所收商品的 SKU。</translation>
    </message>
    <message>
        <source>Received {0} × {1}; now {2} on hand, {3} available.</source>
        <translation>已收貨 {0} × {1}；現在在庫 {2}，可用 {3}。</translation>
    </message>
    <message>
        <source>1 backorder allocated ({0}).</source>
        <translation>已分配 1 個缺貨待補訂單（{0}）。</translation>
    </message>
    <message>
        <source>{0} backorders allocated ({1}).</source>
        <translation>已分配 {0} 個缺貨待補訂單（{1}）。</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund for case {0}</source>
        <translation>售後單 {0} 的退款</translation>
    </message>
    <message>
        <source>Paid {0} · refunded {1} · at most {2} can go back now.</source>
        <translation>已付款 {0} · 已退款 {1} · 目前最多可退 {2}。</translation>
    </message>
    <message>
        <source>Account holder, bank, account number</source>
        <translation>戶名、銀行、帳號</translation>
    </message>
    <message>
        <source>Amount ({0})</source>
        <translation>金額（{0}）</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>收款帳戶</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Request refund</source>
        <translation>申請退款</translation>
    </message>
    <message>
        <source>Cash on delivery: the money goes to the customer&apos;s bank account.</source>
        <translation>貨到付款：退款將匯入客戶的銀行帳戶。</translation>
    </message>
    <message>
        <source>At most {0} can go back.</source>
        <translation>最多可退 {0}。</translation>
    </message>
    <message>
        <source>Above the shop&apos;s limit of {0}: a manager other than you approves it before it is paid.</source>
        <translation>超過店鋪限額 {0}：需由您以外的另一位經理核准後才會退款。</translation>
    </message>
    <message>
        <source>Up to {0} is recorded at once.</source>
        <translation>{0} 以內的退款會立即入帳。</translation>
    </message>
</context>
<context>
    <name>RefundsView</name>
    <message>
        <source>Asked</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>審核人</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>收款帳戶</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>核准退款</translation>
    </message>
    <message>
        <source>Reject refund…</source>
        <translation>拒絕退款…</translation>
    </message>
    <message>
        <source>Request refund…</source>
        <translation>申請退款…</translation>
    </message>
    <message>
        <source>Select a refund that waits for approval</source>
        <translation>請選取一筆待核准的退款</translation>
    </message>
    <message>
        <source>Only a manager approves refunds above the shop&apos;s limit</source>
        <translation>超過店鋪限額的退款只能由經理核准</translation>
    </message>
    <message>
        <source>You asked for this refund: another manager approves it (four eyes)</source>
        <translation>這筆退款是您申請的：需由另一位經理核准（雙人覆核）</translation>
    </message>
    <message>
        <source>{0} waits for a manager&apos;s approval</source>
        <translation>{0} 等待經理核准</translation>
    </message>
</context>
<context>
    <name>ReportCanvas</name>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營業額</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款筆數</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退貨數</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>退貨件數</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退貨率</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴數</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>客訴率</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長（小時）</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>包裹數</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已簽收</translation>
    </message>
    <message>
        <source>Days in transit</source>
        <translation>平均運送天數</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>準時率</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>投遞失敗</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>預警值</translation>
    </message>
    <message>
        <source>Sold (28 days)</source>
        <translation>銷量（28 天）</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>日均銷量</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>可售天數</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>包裝員</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>有效工時</translation>
    </message>
    <message>
        <source>Orders per hour</source>
        <translation>每小時訂單數</translation>
    </message>
    <message>
        <source>Item scans</source>
        <translation>商品掃描次數</translation>
    </message>
    <message>
        <source>Mis-scans</source>
        <translation>誤掃次數</translation>
    </message>
    <message>
        <source>Mis-scan rate</source>
        <translation>誤掃率</translation>
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
        <translation>按週</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部通路</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分類</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>全部貨運公司</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>匯出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>匯出 PDF 報表…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>This chart as an image</source>
        <translation>將此圖表匯出為圖片</translation>
    </message>
    <message>
        <source>Every report over this range and these filters, chart and table, one PDF</source>
        <translation>依目前的時間範圍與篩選條件匯出所有報表（含圖表與表格），合併為一個 PDF</translation>
    </message>
    <message>
        <source>This report&apos;s numbers, for a spreadsheet</source>
        <translation>本報表的數據，可用試算表開啟</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Revenue and orders</source>
        <translation>營業額與訂單</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>熱銷商品</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>熱銷分類</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Order funnel</source>
        <translation>訂單漏斗</translation>
    </message>
    <message>
        <source>Returns and complaints</source>
        <translation>退貨與客訴</translation>
    </message>
    <message>
        <source>Fulfilment lead time</source>
        <translation>出貨時效</translation>
    </message>
    <message>
        <source>Carrier performance</source>
        <translation>貨運公司表現</translation>
    </message>
    <message>
        <source>Stock running low</source>
        <translation>即將缺貨</translation>
    </message>
    <message>
        <source>Packer KPIs</source>
        <translation>包裝員 KPI</translation>
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
        <translation>雙 11 當週</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自訂範圍</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>時間範圍</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Computing {0}…</source>
        <translation>正在計算「{0}」…</translation>
    </message>
    <message>
        <source>{0} rows · query {1} ms · chart {2} ms · days in {3}</source>
        <translation>{0} 列 · 查詢 {1} ms · 圖表 {2} ms · 日期以 {3} 時區計</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>正在產生 PDF 報表…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>網店</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of desktop-oms.</source>
        <translation>新語言將在下次啟動 desktop-oms 時生效。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Connected: {0}</source>
        <translation>已連線：{0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Name: the shop needs a name.</source>
        <translation>名稱：店鋪必須有名稱。</translation>
    </message>
    <message>
        <source>Address: at most 6 lines of at most 120 characters each.</source>
        <translation>地址：最多 6 行，每行最多 120 個字元。</translation>
    </message>
    <message>
        <source>Phone: a phone number needs digits.</source>
        <translation>電話：電話號碼必須包含數字。</translation>
    </message>
    <message>
        <source>E-mail: “{0}” is not an e-mail address (like shop@example.com).</source>
        <translation>電子郵件：「{0}」不是有效的電子郵件地址（例如 shop@example.com）。</translation>
    </message>
    <message>
        <source>Logo: choose an existing PNG or JPEG file, or leave it empty.</source>
        <translation>標誌：請選擇一個已有的 PNG 或 JPEG 檔案，或留空。</translation>
    </message>
    <message>
        <source>Time zone: choose one from the list (like Asia/Shanghai).</source>
        <translation>時區：請從清單中選擇（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Refunds need approval above: an amount like 200.00, or empty for 200.00.</source>
        <translation>退款核准門檻：請輸入金額（例如 200.00），留空則為 200.00。</translation>
    </message>
    <message>
        <source>Password: this computer has no password store (keyring), so the password cannot be kept safely and nothing was saved. Leave it empty if the server lets you in without one.</source>
        <translation>密碼：這台電腦沒有系統密碼庫（keyring），無法安全地儲存密碼，因此什麼都沒有儲存。如果伺服器允許無密碼登入，請將密碼留空。</translation>
    </message>
    <message>
        <source>Language: choose one from the list.</source>
        <translation>語言：請從清單中選擇。</translation>
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
        <translation>{0} 於 {1} 包裝</translation>
    </message>
    <message>
        <source>Not packed yet</source>
        <translation>尚未包裝</translation>
    </message>
    <message>
        <source>{0} · shipped: {1}</source>
        <translation>{0} · 已出貨：{1}</translation>
    </message>
    <message>
        <source>(no lines: move some here, or remove this address)</source>
        <translation>（沒有商品行：移一些到這裡，或刪除此地址）</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>儲存地址</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>刪除地址</translation>
    </message>
    <message>
        <source>The order&apos;s ship-to (edited above): {0}</source>
        <translation>訂單的收貨地址（在上方修改）：{0}</translation>
    </message>
    <message>
        <source>The address is fixed once the parcel is packed.</source>
        <translation>包裹包裝後地址不能再修改。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品行</translation>
    </message>
    <message>
        <source>Address {0} saved.</source>
        <translation>地址 {0} 已儲存。</translation>
    </message>
    <message>
        <source>Address {0} removed.</source>
        <translation>地址 {0} 已刪除。</translation>
    </message>
</context>
<context>
    <name>ShipGroupsPanel</name>
    <message>
        <source>Add address</source>
        <translation>新增地址</translation>
    </message>
    <message>
        <source>Sending parts of the order elsewhere (a gift)? Add the address, then move lines to it from the Lines tab.</source>
        <translation>要把訂單的一部分寄到別處（禮品）？先新增地址，再在「商品行」頁把商品移過去。</translation>
    </message>
    <message>
        <source>Another delivery address</source>
        <translation>另一個收貨地址</translation>
    </message>
    <message>
        <source>Address added.</source>
        <translation>地址已新增。</translation>
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
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收貨城市</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出貨時間</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>簽收時間</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>運送天數</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>上次查詢</translation>
    </message>
    <message>
        <source>Next ask</source>
        <translation>下次查詢</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Carrier&apos;s code</source>
        <translation>貨運公司代碼</translation>
    </message>
    <message>
        <source>What the carrier says</source>
        <translation>貨運公司說明</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>No scan from the carrier yet.</source>
        <translation>貨運公司尚無掃描紀錄。</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>立即重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the carrier about this parcel now</source>
        <translation>立即向貨運公司查詢此包裹</translation>
    </message>
    <message>
        <source>Open tracking &amp;page</source>
        <translation>開啟物流查詢頁面(&amp;P)</translation>
    </message>
    <message>
        <source>The carrier&apos;s public tracking page, in the browser</source>
        <translation>在瀏覽器中開啟貨運公司的公開查詢頁面</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Your role may not ask the carriers</source>
        <translation>您的角色無權向貨運公司查詢</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
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
        <translation>需要處理</translation>
    </message>
    <message>
        <source>Stuck: no news for {0} days</source>
        <translation>停滯：{0} 天無新動態</translation>
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
        <translation>不再查詢</translation>
    </message>
    <message>
        <source>Delivered parcels and those shipped over 90 days ago are not asked about any more</source>
        <translation>已簽收的包裹和出貨超過 90 天的包裹不再查詢</translation>
    </message>
    <message>
        <source>This shipment is not in the database any more.</source>
        <translation>資料庫中已沒有這個包裹。</translation>
    </message>
    <message>
        <source>This carrier has no public tracking page</source>
        <translation>這家貨運公司沒有公開的查詢頁面</translation>
    </message>
    <message>
        <source>Asking {0}…</source>
        <translation>正在向 {0} 查詢…</translation>
    </message>
    <message>
        <source>The carrier could not be asked: {0}</source>
        <translation>無法向貨運公司查詢：{0}</translation>
    </message>
    <message>
        <source>{0} answered with an error: {1}</source>
        <translation>{0} 回覆錯誤：{1}</translation>
    </message>
    <message>
        <source>{0}&apos;s answer was unusable (malformed, or about another parcel); it was set aside and nothing changed.</source>
        <translation>{0} 的回覆無法使用（格式錯誤或是其他包裹的資訊），已隔離，未做任何變更。</translation>
    </message>
    <message>
        <source>Not asked: tracking has ended for this parcel (delivered, cancelled or shipped over 90 days ago).</source>
        <translation>未查詢：此包裹的追蹤已結束（已簽收、已取消或出貨超過 90 天）。</translation>
    </message>
    <message>
        <source>{0} answered: {1} new scans.</source>
        <translation>{0} 已回覆：{1} 筆新動態。</translation>
    </message>
    <message>
        <source>{0} answered: nothing new.</source>
        <translation>{0} 已回覆：沒有新動態。</translation>
    </message>
    <message>
        <source>No browser could be opened for {0}</source>
        <translation>無法開啟瀏覽器前往 {0}</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Search tracking or order number  (Ctrl+F)</source>
        <translation>搜尋物流單號或訂單編號（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any carrier</source>
        <translation>任何貨運公司</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>Failed, held, delayed or returning parcels, and parcels with no news for too long</source>
        <translation>投遞失敗、暫緩、延誤或退回的包裹，以及長時間沒有新動態的包裹</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>停滯</translation>
    </message>
    <message>
        <source>Not delivered and no news from the carrier for {0} days</source>
        <translation>未簽收，且貨運公司已 {0} 天沒有新動態</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>The selected shipment&apos;s tracking timeline (Enter)</source>
        <translation>所選包裹的物流動態（Enter）</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>All {0}</source>
        <translation>全部 {0}</translation>
    </message>
    <message>
        <source>Needs attention {0}</source>
        <translation>需要處理 {0}</translation>
    </message>
    <message>
        <source>Stuck {0}</source>
        <translation>停滯 {0}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>No shipments</source>
        <translation>沒有包裹</translation>
    </message>
    <message>
        <source>{0} shipments</source>
        <translation>{0} 個包裹</translation>
    </message>
</context>
<context>
    <name>ShipmentsTableModel</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>物流單號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最新動態</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出貨時間</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Days since it was shipped, or until it was delivered</source>
        <translation>出貨至今的天數，已簽收則為出貨到簽收的天數</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>Stuck: no news from the carrier for {0} days</source>
        <translation>停滯：貨運公司已 {0} 天沒有新動態</translation>
    </message>
</context>
<context>
    <name>SlipBatchDialog</name>
    <message>
        <source>Packing slips</source>
        <translation>裝箱單</translation>
    </message>
    <message>
        <source>All &amp;packed orders</source>
        <translation>所有已包裝訂單(&amp;P)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>紙張(&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose the orders and the paper, then Create.</source>
        <translation>選擇訂單和紙張，然後按「產生」。</translation>
    </message>
    <message>
        <source>Making the slips…</source>
        <translation>正在產生裝箱單…</translation>
    </message>
    <message>
        <source>1 slip</source>
        <translation>1 張裝箱單</translation>
    </message>
    <message>
        <source>{0} slips</source>
        <translation>{0} 張裝箱單</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 頁</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} 頁</translation>
    </message>
    <message>
        <source>{0}, {1}.</source>
        <translation>{0}，{1}。</translation>
    </message>
    <message>
        <source>{0} for {1} orders, {2}.</source>
        <translation>{1} 筆訂單的 {0}，{2}。</translation>
    </message>
    <message>
        <source>Preview, print or save them.</source>
        <translation>可預覽、列印或儲存。</translation>
    </message>
    <message>
        <source>No order is packed at the moment: there are no slips to make.</source>
        <translation>目前沒有已包裝的訂單：無需產生裝箱單。</translation>
    </message>
    <message>
        <source>Stopped: no slips were made.</source>
        <translation>已停止：未產生裝箱單。</translation>
    </message>
    <message>
        <source>Create the slips again for the new choice.</source>
        <translation>選擇已變更，請重新產生裝箱單。</translation>
    </message>
</context>
<context>
    <name>StationPrinter</name>
    <message>
        <source>Packing slip {0}</source>
        <extracomment>A printer name that starts with this prints into the PDF file named after it. Pages are rendered at the printer&apos;s resolution up to this many dots per inch (an A4 page: 35 MB).</extracomment>
        <translation>裝箱單 {0}</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Search SKU, product name or barcode</source>
        <extracomment>Column widths in pixels; the product name takes what is left. Something this panel did changed stock or the catalogue (other tabs may want to know).</extracomment>
        <translation>搜尋 SKU、商品名稱或條碼</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>僅顯示庫存不足</translation>
    </message>
    <message>
        <source>Products whose available units are at or below their threshold</source>
        <translation>可用數量等於或低於預警值的商品</translation>
    </message>
    <message>
        <source>&amp;Receive goods…</source>
        <translation>收貨(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;djust…</source>
        <translation>調整(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>編輯商品(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>庫存流水(&amp;L)</translation>
    </message>
    <message>
        <source>Goods in: add units and serve waiting backorders</source>
        <translation>收貨：增加庫存並分配給等待中的缺貨待補訂單</translation>
    </message>
    <message>
        <source>Correct on hand after a count, damage or loss, with a reason</source>
        <translation>盤點、損壞或遺失後更正在庫數量，並註明原因</translation>
    </message>
    <message>
        <source>Every change of the selected product&apos;s stock (Enter)</source>
        <translation>所選商品庫存的每一次變動（Enter）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>{0} products</source>
        <translation>{0} 個商品</translation>
    </message>
    <message>
        <source>{0} products, {1} low</source>
        <translation>{0} 個商品，{1} 個庫存不足</translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation>您的角色無權執行此操作</translation>
    </message>
    <message>
        <source>Received: {0} now {1} on hand, {2} available.</source>
        <translation>已收貨：{0} 現在在庫 {1}，可用 {2}。</translation>
    </message>
    <message>
        <source>Adjusted: {0} now {1} on hand, {2} available.</source>
        <translation>已調整：{0} 現在在庫 {1}，可用 {2}。</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>已儲存 {0}。</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
</context>
<context>
    <name>StockReasons</name>
    <message>
        <source>Stock count</source>
        <translation>盤點</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>遺失</translation>
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
        <translation>分類</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>條碼</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在庫</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已預留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>預警值</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Units in the warehouse</source>
        <translation>倉庫中的件數</translation>
    </message>
    <message>
        <source>Units set aside for allocated orders</source>
        <translation>為已分配訂單預留的件數</translation>
    </message>
    <message>
        <source>On hand minus reserved: what can still be sold</source>
        <translation>在庫減去已預留：還能賣出的數量</translation>
    </message>
    <message>
        <source>Low-stock threshold: the row is marked when available is at or below it</source>
        <translation>庫存預警值：可用數量等於或低於此值時標記該行</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0}（已停用）</translation>
    </message>
    <message>
        <source>Nothing left to sell</source>
        <translation>已無可售庫存</translation>
    </message>
    <message>
        <source>Low: {0} available, marked at {1} or fewer</source>
        <translation>庫存不足：可用 {0}，預警值為 {1}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
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
        <translation>WooCommerce 網店的訂單會自動進入這裡；出貨狀態和運單號會回傳給網店。請在 WooCommerce 的「設定 → 進階 → REST API」中建立金鑰（讀/寫）。</translation>
    </message>
    <message>
        <source>Only an administrator can change the shop connection.</source>
        <translation>只有管理員可以修改網店連線。</translation>
    </message>
    <message>
        <source>&amp;Enabled: sync with this shop</source>
        <translation>啟用：與此網店同步(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>儲存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Shop &amp;address</source>
        <translation>網店網址(&amp;A)</translation>
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
        <translation>上次錯誤</translation>
    </message>
    <message>
        <source>{0} stored — type to replace</source>
        <translation>{0} 已儲存 — 輸入新值即可取代</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
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
        <translation>— 網店要求等到 {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>沒有變更。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Saved; the secret is kept in this computer&apos;s keyring.</source>
        <translation>已儲存；金鑰保存在本機的金鑰圈中。</translation>
    </message>
    <message>
        <source>Saved; this computer has no keyring: the secret is kept in the shop&apos;s database.</source>
        <translation>已儲存；本機沒有金鑰圈：金鑰保存在店鋪資料庫中。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Save the changes first: the test uses the saved settings.</source>
        <translation>請先儲存變更：測試使用已儲存的設定。</translation>
    </message>
    <message>
        <source>Asking the shop…</source>
        <translation>正在詢問網店…</translation>
    </message>
    <message>
        <source>Syncing with the shop…</source>
        <translation>正在與網店同步…</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} tracking numbers sent back</source>
        <translation>新增 {0}，更新 {1}，未變 {2}，回傳運單號 {3}</translation>
    </message>
    <message>
        <source>Gone from the shop (held here): {0}</source>
        <translation>網店中已不存在（此處已暫停）：{0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Shop order {0}: {1}</source>
        <translation>網店訂單 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>_DatabasePage</name>
    <message>
        <source>Where this computer finds the shop&apos;s data. A change takes effect when desktop-oms is started again.</source>
        <extracomment>Each language by its own name: a person who cannot read the current one still finds theirs.</extracomment>
        <translation>這台電腦從哪裡讀取店鋪資料。修改將在重新啟動 desktop-oms 後生效。</translation>
    </message>
    <message>
        <source>This &amp;computer (a file)</source>
        <translation>這台電腦（一個檔案）(&amp;C)</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server</source>
        <translation>PostgreSQL 伺服器(&amp;P)</translation>
    </message>
    <message>
        <source>The shop&apos;s database file, e.g. shop.db</source>
        <translation>店鋪的資料庫檔案，例如 shop.db</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>選擇(&amp;O)…</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder like /var/run/postgresql</source>
        <translation>db.example.com，或通訊端目錄，例如 /var/run/postgresql</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s password store, never in a file</source>
        <translation>儲存在這台電腦的系統密碼庫中，絕不寫入檔案</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主機(&amp;H)</translation>
    </message>
    <message>
        <source>Po&amp;rt</source>
        <translation>連接埠(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密碼(&amp;W)</translation>
    </message>
    <message>
        <source>File: choose where the database file is.</source>
        <translation>檔案：請選擇資料庫檔案的位置。</translation>
    </message>
    <message>
        <source>Host: enter the server&apos;s name or address.</source>
        <translation>主機：請輸入伺服器的名稱或地址。</translation>
    </message>
    <message>
        <source>Database: enter the name of the shop&apos;s database on the server.</source>
        <translation>資料庫：請輸入伺服器上店鋪資料庫的名稱。</translation>
    </message>
    <message>
        <source>The shop&apos;s database file</source>
        <translation>店鋪的資料庫檔案</translation>
    </message>
    <message>
        <source>Shop databases (*.db *.sqlite);;All files (*)</source>
        <translation>店鋪資料庫 (*.db *.sqlite);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>_PdfDialog</name>
    <message>
        <source>C&amp;reate</source>
        <extracomment>As many orders as the packing service puts on one pick list.</extracomment>
        <translation>產生(&amp;R)</translation>
    </message>
    <message>
        <source>The orders selected in the queue (none are selected)</source>
        <translation>訂單清單中所選的訂單（目前未選取）</translation>
    </message>
    <message>
        <source>The selected order {0}</source>
        <translation>所選訂單 {0}</translation>
    </message>
    <message>
        <source>The {0} selected orders</source>
        <translation>所選的 {0} 筆訂單</translation>
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
        <translation>處理中…</translation>
    </message>
</context>
<context>
    <name>_ShopPage</name>
    <message>
        <source>Printed on packing slips and labels. Only an administrator can change the shop&apos;s details.</source>
        <translation>列印在裝箱單和標籤上。只有管理員可以修改店鋪資訊。</translation>
    </message>
    <message>
        <source>One line per line of the address</source>
        <translation>地址每行一行</translation>
    </message>
    <message>
        <source>No logo (PNG or JPEG)</source>
        <translation>無標誌（PNG 或 JPEG）</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>選擇(&amp;O)…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>這台電腦的時區</translation>
    </message>
    <message>
        <source>The shop&apos;s days (reports, “today”) begin at midnight in this zone</source>
        <translation>店鋪的每一天（報表、「今天」）從此時區的午夜開始</translation>
    </message>
    <message>
        <source>After-sales: a refund above this amount waits for a manager&apos;s approval, and the one who asked for it cannot approve it</source>
        <translation>售後：超過此金額的退款需等待經理核准，且申請人不能自行核准</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>標誌(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>時區(&amp;T)</translation>
    </message>
    <message>
        <source>Refunds need approval a&amp;bove</source>
        <translation>退款核准門檻(&amp;B)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>不是圖片</translation>
    </message>
    <message>
        <source>The shop&apos;s logo</source>
        <translation>店鋪標誌</translation>
    </message>
    <message>
        <source>Logos (*.png *.jpg *.jpeg)</source>
        <translation>標誌 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>aftersales</name>
    <message>
        <source>Reopen…</source>
        <translation>重新開啟…</translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation>客戶已回覆</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>換貨</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Awaiting goods</source>
        <translation>待寄回</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收貨</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已驗貨</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客戶回覆</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>商品損壞</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>寄錯商品</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>與描述不符</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延遲送達</translation>
    </message>
    <message>
        <source>Never arrived</source>
        <translation>未收到貨</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>改變心意</translation>
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
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>帳務</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待核准</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已入帳</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>回覆客戶</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>客戶來信</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒絕…</translation>
    </message>
    <message>
        <source>Wait for goods</source>
        <translation>等待寄回</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>標記為已收貨</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>驗貨…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>開始處理</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>等待客戶回覆</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>標記為已解決…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>關閉…</translation>
    </message>
    <message>
        <source>Accept the customer&apos;s request</source>
        <translation>同意客戶的申請</translation>
    </message>
    <message>
        <source>Refuse the request, with the reason the customer will hear</source>
        <translation>拒絕申請，並填寫將告知客戶的原因</translation>
    </message>
    <message>
        <source>The customer was told to send the goods back</source>
        <translation>已通知客戶寄回商品</translation>
    </message>
    <message>
        <source>The parcel is here: every claimed unit received (Goods-in counts them one by one)</source>
        <translation>包裹已到：申請退回的商品全部收到（「退貨入庫」頁面可逐件清點）</translation>
    </message>
    <message>
        <source>Restock or write off each received unit, on the Goods-in page</source>
        <translation>在「退貨入庫」頁面將收到的每件商品重新上架或報損</translation>
    </message>
    <message>
        <source>Pay money back against the order&apos;s payments</source>
        <translation>依該訂單的付款原路退款</translation>
    </message>
    <message>
        <source>Asked the customer; the case waits for their answer</source>
        <translation>已詢問客戶，售後單等待客戶回覆</translation>
    </message>
    <message>
        <source>Solved, with the resolution in words</source>
        <translation>已解決，並寫明處理結果</translation>
    </message>
    <message>
        <source>Nothing more to do on this case</source>
        <translation>此售後單無需再處理</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 小時</translation>
    </message>
    <message>
        <source>{0} ({1} late)</source>
        <translation>{0}（已逾期 {1}）</translation>
    </message>
    <message>
        <source>{0} (in {1})</source>
        <translation>{0}（{1}後）</translation>
    </message>
    <message>
        <source>{0} late</source>
        <translation>逾期 {0}</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0}後</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>重新上架</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>報損</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <source>owner changed</source>
        <translation>負責人已變更</translation>
    </message>
    <message>
        <source>priority changed</source>
        <translation>優先順序已變更</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <source>replied to the customer</source>
        <translation>已回覆客戶</translation>
    </message>
    <message>
        <source>photo added</source>
        <translation>已新增照片</translation>
    </message>
    <message>
        <source>refund asked for</source>
        <translation>已申請退款</translation>
    </message>
    <message>
        <source>refund approved</source>
        <translation>退款已核准</translation>
    </message>
    <message>
        <source>refund rejected</source>
        <translation>退款已拒絕</translation>
    </message>
    <message>
        <source>refund recorded</source>
        <translation>退款已入帳</translation>
    </message>
    <message>
        <source>goods received</source>
        <translation>已收貨</translation>
    </message>
    <message>
        <source>goods inspected</source>
        <translation>已驗貨</translation>
    </message>
    <message>
        <source>replacement order created</source>
        <translation>已建立換貨訂單</translation>
    </message>
    <message>
        <source>Someone works on it now</source>
        <translation>已有人開始處理</translation>
    </message>
    <message>
        <source>Work on it again</source>
        <translation>重新處理</translation>
    </message>
    <message>
        <source>Case {0} cannot move from “{1}” to “{2}”.</source>
        <translation>售後單 {0} 無法從「{1}」變為「{2}」。</translation>
    </message>
    <message>
        <source>{0}: {1} asked for, but only {2} shipped and not already returned.</source>
        <translation>{0}：申請 {1} 件，但已出貨且尚未退回的只有 {2} 件。</translation>
    </message>
    <message>
        <source>A refund of {0} is more than the {1} paid and not yet refunded.</source>
        <translation>退款金額 {0} 超過了已付款且尚未退款的 {1}。</translation>
    </message>
    <message>
        <source>{0} becomes “{1}” by its own step (goods-in, inspection or a refund), not by a move.</source>
        <translation>{0} 需經過相應步驟（退貨入庫、驗貨或退款）才能變為「{1}」，不能直接變更狀態。</translation>
    </message>
    <message>
        <source>Order {0} was paid cash on delivery: give the bank details the refund goes to.</source>
        <translation>訂單 {0} 為貨到付款：請填寫退款的收款銀行帳戶。</translation>
    </message>
    <message>
        <source>{0} was not added: {1}.</source>
        <translation>{0} 未新增：{1}。</translation>
    </message>
    <message>
        <source>{0} asked for this refund and cannot approve it too: another manager decides.</source>
        <translation>{0} 是這筆退款的申請人，不能同時核准：需由另一位經理決定。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database:
{0}</source>
        <translation>無法開啟資料庫：
{0}</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>設定已儲存</translation>
    </message>
    <message>
        <source>The new database or language takes effect when desktop-oms starts again.</source>
        <translation>新的資料庫或語言將在下次啟動 desktop-oms 時生效。</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Revenue = the order totals (goods + shipping − discounts) of orders not cancelled, by the day they were created in the shop&apos;s time zone; orders = how many. The grey line is the same number of days just before. Refunds are not subtracted: see the refunds report.</source>
        <translation>營業額 = 未取消訂單的訂單金額（商品 + 運費 − 折扣），依訂單在商店時區的建立日期統計；訂單數 = 這些訂單的數量。灰線為緊接其前相同天數的同一指標。未扣除退款：請見退款報表。</translation>
    </message>
    <message>
        <source>Refunds = completed refund payments, by the day they were paid out in the shop&apos;s time zone, whatever day the order was placed. Reported apart from revenue, never netted against it.</source>
        <translation>退款 = 已完成的退款付款，依在商店時區的退款支付日期統計，不論訂單是哪天下的。與營業額分開列示，從不與營業額相抵。</translation>
    </message>
    <message>
        <source>The 20 products with the most revenue: units and line totals (before shipping and order discounts) on orders not cancelled, created in the range.</source>
        <translation>營業額最高的 20 項商品：在所選期間內建立的未取消訂單中的件數與商品小計（未計運費與訂單折扣）。</translation>
    </message>
    <message>
        <source>Units and line totals (before shipping and order discounts) per product category, on orders not cancelled, created in the range.</source>
        <translation>各商品類別的件數與商品小計（未計運費與訂單折扣），統計在所選期間內建立的未取消訂單。</translation>
    </message>
    <message>
        <source>Orders not cancelled, created in the range, by how they were paid; share = of the revenue.</source>
        <translation>在所選期間內建立的未取消訂單，依付款方式統計；占比 = 占營業額的比例。</translation>
    </message>
    <message>
        <source>Orders created in the range, by how far they have got: each step counts the orders that reached it or a later one (an order on hold counts where it was held). Cancelled apart.</source>
        <translation>在所選期間內建立的訂單，依其進展到的階段統計：每個階段計入已到達該階段或其後任一階段的訂單（暫緩的訂單計入暫緩時所在的階段）。已取消訂單另外列出。</translation>
    </message>
    <message>
        <source>Of the orders created in the range (not cancelled) that hold a product: the share with a return, exchange or refund case on it, and with a complaint; cases by type and reason.</source>
        <translation>在所選期間內建立、包含該商品的未取消訂單中：有退貨、換貨或退款售後單的比例，以及有客訴的比例；售後單依類型與原因統計。</translation>
    </message>
    <message>
        <source>Hours from accepted (paid; cash on delivery: placed) to shipped, for shipments that left in the range. Late = more than 48 hours.</source>
        <translation>從接單（已付款；貨到付款為下單）到出貨的小時數，統計在所選期間內出貨的包裹。逾時 = 超過 48 小時。</translation>
    </message>
    <message>
        <source>Shipments that left in the range, per carrier and destination (province in China, else country): days in transit of those delivered, on time = delivered within 3 days in China or 10 abroad, failures = delivery failed or returned to sender.</source>
        <translation>在所選期間內出貨的包裹，依貨運公司與目的地（中國境內為省份，否則為國家）統計：已簽收包裹的運送天數；準時 = 中國境內 3 天內或境外 10 天內簽收；投遞失敗 = 投遞未成功或退回寄件人。</translation>
    </message>
    <message>
        <source>Available = on hand − reserved. Daily rate = units sold (orders not cancelled) in the 28 days up to the range&apos;s last day ÷ 28; days of cover = available ÷ daily rate. Listed: at or under the product&apos;s threshold, or under 14 days of cover.</source>
        <translation>可用 = 在庫 − 已預留。日均銷量 = 截至所選期間最後一天的 28 天內售出件數（未取消訂單）÷ 28；可售天數 = 可用 ÷ 日均銷量。列出：已達到或低於商品預警值，或可售天數不足 14 天的商品。</translation>
    </message>
    <message>
        <source>From the scan log, per packer and station: orders packed (completed by a scan), active hours (clock hours with a scan), orders per active hour, item scans, and mis-scans (wrong item, unknown code, one too many) as a share of item scans.</source>
        <translation>根據掃描紀錄，依包裝員與工作站統計：包裝訂單數（以掃描完成的訂單）、有效工時（有掃描的整點小時數）、每有效工時訂單數、商品掃描次數，以及誤掃（商品錯誤、未知條碼、多掃一件）占商品掃描次數的比例。</translation>
    </message>
    <message>
        <source>{period}: {amount}, {count} orders</source>
        <translation>{period}：{amount}，{count} 筆訂單</translation>
    </message>
    <message>
        <source>{period}: {count} refunds, {amount}</source>
        <translation>{period}：{count} 筆退款，{amount}</translation>
    </message>
    <message>
        <source>{status}: {count} orders, {share} of placed</source>
        <translation>{status}：{count} 筆訂單，占已下單的 {share}</translation>
    </message>
    <message>
        <source>{sku} {name}: {returns} returns of {orders} orders ({share}), {complaints} complaints</source>
        <translation>{sku} {name}：{orders} 筆訂單中有 {returns} 筆退貨（{share}），{complaints} 筆客訴</translation>
    </message>
    <message>
        <source>{carrier}: {count} shipments, {delivered} delivered, on time {share}, {failures} failures</source>
        <translation>{carrier}：{count} 個包裹，已簽收 {delivered} 個，準時率 {share}，投遞失敗 {failures} 個</translation>
    </message>
    <message>
        <source>{sku} {name}: {available} available (threshold {threshold}), {rate} a day → {days} days</source>
        <translation>{sku} {name}：可用 {available}（預警值 {threshold}），日均 {rate} → 可售 {days} 天</translation>
    </message>
    <message>
        <source>{sku} {name}: {available} available (threshold {threshold}), {rate} a day → no recent sales</source>
        <translation>{sku} {name}：可用 {available}（預警值 {threshold}），日均 {rate} → 近期無銷售</translation>
    </message>
    <message>
        <source>{rate}/h · mis-scans {share}</source>
        <translation>{rate} 筆/小時 · 誤掃 {share}</translation>
    </message>
    <message>
        <source>{packer} at {station}: {orders} orders in {hours} h ({rate}/h), {misscans} mis-scans of {scans} ({share})</source>
        <translation>{packer}（{station}）：{hours} 小時包裝 {orders} 筆訂單（{rate} 筆/小時），{scans} 次掃描中誤掃 {misscans} 次（{share}）</translation>
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
        <translation>營業額（人民幣）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Refunded (CNY)</source>
        <translation>退款金額（人民幣）</translation>
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
        <translation>營業額（人民幣，商品小計）</translation>
    </message>
    <message>
        <source>{name}: {amount}, {count} units</source>
        <translation>{name}：{amount}，{count} 件</translation>
    </message>
    <message>
        <source>{share} · {count} orders</source>
        <translation>{share} · {count} 筆訂單</translation>
    </message>
    <message>
        <source>{method}: {amount}, {count} orders, {share}</source>
        <translation>{method}：{amount}，{count} 筆訂單，{share}</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>營業額佔比</translation>
    </message>
    <message>
        <source>Orders created in the range</source>
        <translation>該時間範圍內建立的訂單</translation>
    </message>
    <message>
        <source>Return rate by product</source>
        <translation>各商品退貨率</translation>
    </message>
    <message>
        <source>{reason} ({type})</source>
        <translation>{reason}（{type}）</translation>
    </message>
    <message>
        <source>{type}, {reason}: {count} cases, {share} of orders</source>
        <translation>{type}，{reason}：{count} 筆售後單，占訂單的 {share}</translation>
    </message>
    <message>
        <source>Hours from accepted to shipped</source>
        <translation>從接單到出貨的小時數</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>包裹數</translation>
    </message>
    <message>
        <source>{start}–{end} h: {count} shipments</source>
        <translation>{start}–{end} 小時：{count} 個包裹</translation>
    </message>
    <message>
        <source>{hours} h or more: {count} shipments</source>
        <translation>{hours} 小時以上：{count} 個包裹</translation>
    </message>
    <message>
        <source>On time (share of delivered)</source>
        <translation>準時率（占已簽收）</translation>
    </message>
    <message>
        <source>{days} d · {failed} failed</source>
        <translation>{days} 天 · 失敗 {failed}</translation>
    </message>
    <message>
        <source>{carrier}: {days} days in transit on average, {failures} failures</source>
        <translation>{carrier}：平均運送 {days} 天，投遞失敗 {failures} 個</translation>
    </message>
    <message>
        <source>Days in transit (average) · failures</source>
        <translation>平均運送天數 · 投遞失敗</translation>
    </message>
    <message>
        <source>{days} d · {left} left</source>
        <translation>{days} 天 · 剩餘 {left}</translation>
    </message>
    <message>
        <source>no recent sales · {left} left</source>
        <translation>近期無銷售 · 剩餘 {left}</translation>
    </message>
    <message>
        <source>Orders packed per active hour</source>
        <translation>每有效工時包裝訂單數</translation>
    </message>
    <message>
        <source>Nothing in this range</source>
        <translation>此時間範圍內沒有資料</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營業額</translation>
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
        <translation>{count} 筆退款，共退回 {amount}</translation>
    </message>
    <message>
        <source>Cases by reason: {cases} on {orders} orders</source>
        <translation>售後單原因分布：{orders} 筆訂單共 {cases} 筆售後單</translation>
    </message>
    <message>
        <source>late after {hours} h</source>
        <translation>超過 {hours} 小時即逾時</translation>
    </message>
    <message>
        <source>{count} shipments · median {median} h · 90% within {p90} h · late {late} ({share})</source>
        <translation>{count} 個包裹 · 中位數 {median} 小時 · 90% 在 {p90} 小時內 · 逾時 {late}（{share}）</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>已缺貨</translation>
    </message>
    <message>
        <source>Days of cover at the recent sales rate (red: at or under threshold; {count} products listed)</source>
        <translation>依近期銷量計算的可售天數（紅色：已達到或低於預警值；共列出 {count} 個商品）</translation>
    </message>
    <message>
        <source>channel {value}</source>
        <translation>通路 {value}</translation>
    </message>
    <message>
        <source>category {value}</source>
        <translation>分類 {value}</translation>
    </message>
    <message>
        <source>carrier {value}</source>
        <translation>貨運公司 {value}</translation>
    </message>
    <message>
        <source>Revenue {amount}</source>
        <translation>營業額 {amount}</translation>
    </message>
    <message>
        <source>Revenue {amount} ({change} vs before)</source>
        <translation>營業額 {amount}（較上期 {change}）</translation>
    </message>
    <message>
        <source>Orders {count} · average {average}</source>
        <translation>訂單 {count} · 客單價 {average}</translation>
    </message>
    <message>
        <source>Orders {count} ({change} vs before) · average {average}</source>
        <translation>訂單 {count}（較上期 {change}）· 客單價 {average}</translation>
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
        <translation>上一期 {period}：{amount}，{count} 筆訂單</translation>
    </message>
    <message>
        <source>{period}: {count} orders</source>
        <translation>{period}：{count} 筆訂單</translation>
    </message>
    <message>
        <source>Days in {zone}.</source>
        <translation>日期以 {zone} 時區計算。</translation>
    </message>
    <message>
        <source>{title}: the numbers ({first}–{last} of {count})</source>
        <translation>{title}：數據明細（第 {first}–{last} 列，共 {count} 列）</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>貨到付款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下單</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接單</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已簽收</translation>
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
        <translation>退貨</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>換貨</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>商品損壞</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>寄錯商品</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>與描述不符</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延遲送達</translation>
    </message>
    <message>
        <source>Never arrived</source>
        <translation>未收到貨</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>改變心意</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>帳務</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>營業額</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退款筆數</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>units</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分類</translation>
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
        <translation>階段</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>退貨數</translation>
    </message>
    <message>
        <source>returned_units</source>
        <translation>退貨件數</translation>
    </message>
    <message>
        <source>return_rate</source>
        <translation>退貨率</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>客訴數</translation>
    </message>
    <message>
        <source>complaint_rate</source>
        <translation>客訴率</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時數</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>包裹數</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>region</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已簽收</translation>
    </message>
    <message>
        <source>avg_transit_days</source>
        <translation>平均運送天數</translation>
    </message>
    <message>
        <source>on_time_share</source>
        <translation>準時率</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>投遞失敗</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>預警值</translation>
    </message>
    <message>
        <source>units_sold</source>
        <translation>售出件數</translation>
    </message>
    <message>
        <source>daily_rate</source>
        <translation>日均銷量</translation>
    </message>
    <message>
        <source>days_of_cover</source>
        <translation>可售天數</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>包裝員</translation>
    </message>
    <message>
        <source>station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>active_hours</source>
        <translation>有效工時</translation>
    </message>
    <message>
        <source>orders_per_hour</source>
        <translation>每小時訂單數</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>掃描次數</translation>
    </message>
    <message>
        <source>mis_scans</source>
        <translation>誤掃次數</translation>
    </message>
    <message>
        <source>mis_scan_rate</source>
        <translation>誤掃率</translation>
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
        <translation>已接單</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已暫緩</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>缺貨待補</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>揀貨中</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已簽收</translation>
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
        <translation>支付寶</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>貨到付款</translation>
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
        <translation>貨到付款待收</translation>
    </message>
    <message>
        <source>COD collected</source>
        <translation>貨到付款已收</translation>
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
        <translation>包裝員</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Goods in</source>
        <translation>收貨</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>預留</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>釋放</translation>
    </message>
    <message>
        <source>Return restocked</source>
        <translation>退貨入庫</translation>
    </message>
    <message>
        <source>Return written off</source>
        <translation>退貨報損</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>盤點調整</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>揀貨</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>報損</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>backordered</source>
        <translation>轉為缺貨待補</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>已暫緩</translation>
    </message>
    <message>
        <source>released from hold</source>
        <translation>已解除暫緩</translation>
    </message>
    <message>
        <source>ship-to address changed</source>
        <translation>收貨地址已修改</translation>
    </message>
    <message>
        <source>taken to a packing station</source>
        <translation>已由包裝工作站領取</translation>
    </message>
    <message>
        <source>given back by the packing station</source>
        <translation>已由包裝工作站退回佇列</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <source>packed without scans</source>
        <translation>未掃描直接包裝</translation>
    </message>
    <message>
        <source>a parcel packed</source>
        <translation>一個包裹已包裝</translation>
    </message>
    <message>
        <source>a parcel shipped</source>
        <translation>一個包裹已出貨</translation>
    </message>
    <message>
        <source>price set by hand</source>
        <translation>手動改價</translation>
    </message>
    <message>
        <source>paid at the shop</source>
        <translation>已在網店付款</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已簽收</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>使用者名稱不存在或密碼錯誤。</translation>
    </message>
    <message>
        <source>No allocated order is waiting to be packed.</source>
        <translation>沒有等待包裝的已分配訂單。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>售後單</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
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
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Reason for the price</source>
        <translation>改價原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
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
        <translation>付款狀態</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>條碼</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>低庫存門檻</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變動</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>驗貨</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>The database cannot be reached: {0}. Try again in a moment.</source>
        <translation>無法連線資料庫：{0}。請稍後再試。</translation>
    </message>
    <message>
        <source>Something went wrong inside desktop-oms ({0}). Details are in the log.</source>
        <translation>desktop-oms 內部出錯（{0}）。詳細資訊已寫入日誌。</translation>
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
        <translation>{0} {1} 無法從「{2}」變為「{3}」。</translation>
    </message>
    <message>
        <source>There is no {0} “{1}”.</source>
        <translation>不存在{0}「{1}」。</translation>
    </message>
    <message>
        <source>Your role may not do this ({0}).</source>
        <translation>您的角色無權執行此操作（{0}）。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} {1} was changed at another desk — reloaded. Check it and try again.</source>
        <translation>{0} {1} 已在其他工作台被修改，已重新載入。請核對後重試。</translation>
    </message>
    <message>
        <source>{0}: {1} wanted but only {2} available.</source>
        <translation>{0}：需要 {1}，但只有 {2} 可用。</translation>
    </message>
    <message>
        <source>This user is locked after five failed log-ins until {0}.</source>
        <translation>此使用者連續五次登入失敗，已被鎖定至 {0}。</translation>
    </message>
    <message>
        <source>Order {0} is being packed at {1}.</source>
        <translation>訂單 {0} 正在 {1} 包裝中。</translation>
    </message>
    <message>
        <source>Order {0} cannot be packed yet: the scanned count of {1} does not match the order.</source>
        <translation>訂單 {0} 尚無法包裝：{1} 的掃描數量與訂單不符。</translation>
    </message>
    <message>
        <source>{0} tracking number {1} is already used by order {2}.</source>
        <translation>{0} 物流單號 {1} 已被訂單 {2} 使用。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>required in China</source>
        <translation>中國地址必填</translation>
    </message>
    <message>
        <source>a country is required</source>
        <translation>請填寫國家</translation>
    </message>
    <message>
        <source>a two-letter country code such as CN, US or DE</source>
        <translation>請填兩位國家代碼，如 CN、US 或 DE</translation>
    </message>
    <message>
        <source>a Chinese postcode has six digits</source>
        <translation>中國郵遞區號為六位數字</translation>
    </message>
    <message>
        <source>a new customer needs a name</source>
        <translation>新客戶需要填寫姓名</translation>
    </message>
    <message>
        <source>a new customer needs a phone number or an e-mail address</source>
        <translation>新客戶需要填寫電話或電子郵件</translation>
    </message>
    <message>
        <source>an order needs at least one line</source>
        <translation>訂單至少要有一個商品行</translation>
    </message>
    <message>
        <source>a line needs a product</source>
        <translation>商品行需要選擇商品</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <translation>調整庫存需要填寫原因</translation>
    </message>
    <message>
        <source>a product needs a name</source>
        <translation>商品需要名稱</translation>
    </message>
    <message>
        <source>no spaces or control characters</source>
        <translation>不能含空格或控制字元</translation>
    </message>
    <message>
        <source>at most 8 levels</source>
        <translation>最多 8 級</translation>
    </message>
    <message>
        <source>each level of the path has at most 120 characters</source>
        <translation>每一級最多 120 個字元</translation>
    </message>
    <message>
        <source>the path is longer than 500 characters</source>
        <translation>路徑超過 500 個字元</translation>
    </message>
    <message>
        <source>an amount with at most two decimals, like 58.00</source>
        <translation>金額最多兩位小數，例如 58.00</translation>
    </message>
    <message>
        <source>must be more than 0.00</source>
        <translation>須大於 0.00</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <source>scan or type a case or order number</source>
        <translation>請掃描或輸入售後單號或訂單號</translation>
    </message>
    <message>
        <source>decide on at least one received unit</source>
        <translation>請至少處理一件已收到的商品</translation>
    </message>
    <message>
        <source>each line needs a quantity of at least 1</source>
        <translation>每行數量至少為 1</translation>
    </message>
    <message>
        <source>no unit was received</source>
        <translation>沒有收到任何商品</translation>
    </message>
    <message>
        <source>a case needs someone who owns it</source>
        <translation>售後單需要負責人</translation>
    </message>
    <message>
        <source>write something</source>
        <translation>請填寫內容</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>文章需要標題</translation>
    </message>
    <message>
        <source>an article needs a body</source>
        <translation>文章需要正文</translation>
    </message>
    <message>
        <source>an amount of 0 or more with at most 2 decimals</source>
        <translation>金額須為 0 或以上，最多兩位小數</translation>
    </message>
    <message>
        <source>an amount of 0 or more</source>
        <translation>金額須為 0 或以上</translation>
    </message>
    <message>
        <source>at most two decimal places</source>
        <translation>最多兩位小數</translation>
    </message>
    <message>
        <source>a price other than the catalogue&apos;s needs a reason</source>
        <translation>價格與目錄不同，需要填寫原因</translation>
    </message>
    <message>
        <source>say why the price differs from the catalogue</source>
        <translation>請說明價格與目錄不同的原因</translation>
    </message>
    <message>
        <source>no line goes to this address</source>
        <translation>沒有商品寄往這個地址</translation>
    </message>
    <message>
        <source>an order keeps at least one line; cancel the order instead</source>
        <translation>訂單至少保留一個商品行；如不需要請取消訂單</translation>
    </message>
    <message>
        <source>address 1 is the order&apos;s own ship-to and stays</source>
        <translation>地址 1 是訂單本身的收貨地址，不能刪除</translation>
    </message>
    <message>
        <source>a hold needs a reason</source>
        <translation>暫停訂單需要填寫原因</translation>
    </message>
    <message>
        <source>at most {0} characters</source>
        <translation>最多 {0} 個字元</translation>
    </message>
    <message>
        <source>{0} is not a two-letter country code</source>
        <translation>{0} 不是兩位國家代碼</translation>
    </message>
    <message>
        <source>{0} is not a phone number</source>
        <translation>{0} 不是有效的電話號碼</translation>
    </message>
    <message>
        <source>{0} is not an e-mail address</source>
        <translation>{0} 不是有效的電子郵件地址</translation>
    </message>
    <message>
        <source>{0} is not a province of China</source>
        <translation>{0} 不是中國的省份</translation>
    </message>
    <message>
        <source>{0} is not a city of {1}</source>
        <translation>{0} 不是{1}的城市</translation>
    </message>
    <message>
        <source>at most {0} lines</source>
        <translation>最多 {0} 個商品行</translation>
    </message>
    <message>
        <source>no active product {0}</source>
        <translation>沒有在售商品 {0}</translation>
    </message>
    <message>
        <source>{0} is no longer sold (inactive)</source>
        <translation>{0} 已停售</translation>
    </message>
    <message>
        <source>must be a whole number of units from {0} to {1}</source>
        <translation>須為 {0} 到 {1} 之間的整數件數</translation>
    </message>
    <message>
        <source>must be a non-zero whole number of units up to ±{0}</source>
        <translation>須為不為零的整數件數，最多 ±{0}</translation>
    </message>
    <message>
        <source>{0}: on hand cannot drop below the units reserved for orders</source>
        <translation>{0}：在庫數不能低於訂單已預留的數量</translation>
    </message>
    <message>
        <source>{0} is already the barcode of {1}</source>
        <translation>{0} 已是 {1} 的條碼</translation>
    </message>
    <message>
        <source>{0} is not a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>{0} 不是 PNG、JPEG、GIF、BMP 或 WebP 圖片</translation>
    </message>
    <message>
        <source>{0} is not an existing file</source>
        <translation>{0} 不是已有的檔案</translation>
    </message>
    <message>
        <source>{0} is not an amount of money</source>
        <translation>{0} 不是有效金額</translation>
    </message>
    <message>
        <source>{0}: units cannot be negative</source>
        <translation>{0}：件數不能為負</translation>
    </message>
    <message>
        <source>{0}: say why the units are written off</source>
        <translation>{0}：請說明報損原因</translation>
    </message>
    <message>
        <source>a title has at most {0} characters</source>
        <translation>標題最多 {0} 個字元</translation>
    </message>
    <message>
        <source>a body has at most {0} characters</source>
        <translation>正文最多 {0} 個字元</translation>
    </message>
    <message>
        <source>the tags have at most {0} characters together</source>
        <translation>標籤合計最多 {0} 個字元</translation>
    </message>
    <message>
        <source>there is already an article {0} in {1}</source>
        <translation>{1} 中已有文章 {0}</translation>
    </message>
    <message>
        <source>a whole number from 1 to {0}</source>
        <translation>須為 1 到 {0} 之間的整數</translation>
    </message>
    <message>
        <source>a new {0} order is {1}, not {2}</source>
        <translation>新的{0}訂單應為{1}，而不是{2}</translation>
    </message>
    <message>
        <source>unknown payment method {0}</source>
        <translation>未知的付款方式 {0}</translation>
    </message>
    <message>
        <source>unknown payment status {0}</source>
        <translation>未知的付款狀態 {0}</translation>
    </message>
    <message>
        <source>the order has {0} address(es); no address {1}</source>
        <translation>訂單有 {0} 個地址，沒有地址 {1}</translation>
    </message>
    <message>
        <source>{0} is already the number of another order</source>
        <translation>{0} 已是另一個訂單的編號</translation>
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
        <translation>地址 {0} 仍有商品，請先移走</translation>
    </message>
    <message>
        <source>must be from 1 to {0}</source>
        <translation>須為 1 到 {0}</translation>
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
        <translation>等待首次掃描</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>已建立物流單</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已攬收</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>運送中</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>配送中</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待取件</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已簽收</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>投遞失敗</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>延誤</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暫緩</translation>
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
        <translation>無法辨識的掃描</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>順豐速運</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>中通快遞</translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation>圓通速遞</translation>
    </message>
    <message>
        <source>STO Express</source>
        <translation>申通快遞</translation>
    </message>
    <message>
        <source>Yunda Express</source>
        <translation>韻達快遞</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京東物流</translation>
    </message>
    <message>
        <source>EMS / China Post</source>
        <translation>中國郵政 EMS</translation>
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
        <translation>模擬貨運公司（示範）</translation>
    </message>
    <message>
        <source>Kuaidi100</source>
        <translation>快遞100</translation>
    </message>
    <message>
        <source>17TRACK</source>
        <translation>17TRACK</translation>
    </message>
    <message>
        <source>no account for it is set up and enabled</source>
        <translation>尚未設定並啟用這家貨運公司的帳戶</translation>
    </message>
    <message>
        <source>it asked us to wait a while (Retry-After)</source>
        <translation>對方要求稍後再查（Retry-After）</translation>
    </message>
    <message>
        <source>it failed several times in a row; paused for a few minutes</source>
        <translation>連續多次失敗，暫停幾分鐘</translation>
    </message>
    <message>
        <source>today&apos;s request quota is used up</source>
        <translation>今天的請求配額已用完</translation>
    </message>
    <message>
        <source>its request rate limit leaves no room right now</source>
        <translation>請求頻率已達上限，暫時無法查詢</translation>
    </message>
    <message>
        <source>{0} was not asked: {1}</source>
        <translation>未向 {0} 查詢：{1}</translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}：{2}</translation>
    </message>
</context>
</TS>
