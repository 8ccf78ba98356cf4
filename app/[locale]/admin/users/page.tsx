import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { listUsers } from "@/lib/db/users";
import { changeRoleAction } from "@/lib/actions/users";
import { UserForm } from "@/components/admin/user-form";
import { secondaryButtonClass } from "@/components/admin/form-styles";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ result?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminUsers" });
  return { title: t("title"), robots: { index: false } };
}

export default async function UsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole("admin", locale, `/${locale}/admin/users`);
  const [users, t, format, { result }] = await Promise.all([listUsers(), getTranslations("AdminUsers"), getFormatter(), searchParams]);
  const notice = result === "changed" || result === "lastAdmin" || result === "invalid" ? t(`results.${result}`) : null;
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {notice ? (
        <p role="status" className="mt-3 rounded bg-brand-50 p-3">
          {notice}
        </p>
      ) : null}
      <table className="mt-4 w-full border-collapse text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="border-b p-2">
              {t("email")}
            </th>
            <th scope="col" className="border-b p-2">
              {t("name")}
            </th>
            <th scope="col" className="border-b p-2">
              {t("since")}
            </th>
            <th scope="col" className="border-b p-2">
              {t("role")}
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td className="border-b p-2">{user.email}</td>
              <td className="border-b p-2">{user.name}</td>
              <td className="border-b p-2">{format.dateTime(user.createdAt, { dateStyle: "medium" })}</td>
              <td className="border-b p-2">
                <form action={changeRoleAction.bind(null, locale)} className="flex items-center gap-2">
                  <input type="hidden" name="userId" value={user.id} />
                  <label className="sr-only" htmlFor={`role-${user.id}`}>
                    {t("roleOf", { email: user.email })}
                  </label>
                  <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded border border-slate-500 px-2 py-1">
                    <option value="editor">{t("roles.editor")}</option>
                    <option value="admin">{t("roles.admin")}</option>
                  </select>
                  <button type="submit" className={secondaryButtonClass}>
                    {t("changeRole")}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-10 text-xl font-bold">{t("createTitle")}</h2>
      <UserForm />
    </>
  );
}
