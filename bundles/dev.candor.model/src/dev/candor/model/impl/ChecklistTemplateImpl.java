/**
 */
package dev.candor.model.impl;

import dev.candor.model.CandorPackage;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.candor.model.impl.ChecklistTemplateImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.candor.model.impl.ChecklistTemplateImpl#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link dev.candor.model.impl.ChecklistTemplateImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link dev.candor.model.impl.ChecklistTemplateImpl#isActive <em>Active</em>}</li>
 *   <li>{@link dev.candor.model.impl.ChecklistTemplateImpl#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistTemplateImpl extends IdentifiableImpl implements ChecklistTemplate {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int TEMPLATE_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected int templateVersion = TEMPLATE_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CandorPackage.Literals.CHECKLIST_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CHECKLIST_TEMPLATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTemplateVersion() {
		return templateVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateVersion(int newTemplateVersion) {
		int oldTemplateVersion = templateVersion;
		templateVersion = newTemplateVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CHECKLIST_TEMPLATE__TEMPLATE_VERSION, oldTemplateVersion, templateVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EDataTypeUniqueEList<Channel>(Channel.class, this, CandorPackage.CHECKLIST_TEMPLATE__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CandorPackage.CHECKLIST_TEMPLATE__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<ChecklistItem>(ChecklistItem.class, this, CandorPackage.CHECKLIST_TEMPLATE__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CandorPackage.CHECKLIST_TEMPLATE__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CandorPackage.CHECKLIST_TEMPLATE__NAME:
				return getName();
			case CandorPackage.CHECKLIST_TEMPLATE__TEMPLATE_VERSION:
				return getTemplateVersion();
			case CandorPackage.CHECKLIST_TEMPLATE__CHANNELS:
				return getChannels();
			case CandorPackage.CHECKLIST_TEMPLATE__ACTIVE:
				return isActive();
			case CandorPackage.CHECKLIST_TEMPLATE__ITEMS:
				return getItems();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CandorPackage.CHECKLIST_TEMPLATE__NAME:
				setName((String)newValue);
				return;
			case CandorPackage.CHECKLIST_TEMPLATE__TEMPLATE_VERSION:
				setTemplateVersion((Integer)newValue);
				return;
			case CandorPackage.CHECKLIST_TEMPLATE__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case CandorPackage.CHECKLIST_TEMPLATE__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case CandorPackage.CHECKLIST_TEMPLATE__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ChecklistItem>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CandorPackage.CHECKLIST_TEMPLATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CandorPackage.CHECKLIST_TEMPLATE__TEMPLATE_VERSION:
				setTemplateVersion(TEMPLATE_VERSION_EDEFAULT);
				return;
			case CandorPackage.CHECKLIST_TEMPLATE__CHANNELS:
				getChannels().clear();
				return;
			case CandorPackage.CHECKLIST_TEMPLATE__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case CandorPackage.CHECKLIST_TEMPLATE__ITEMS:
				getItems().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CandorPackage.CHECKLIST_TEMPLATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CandorPackage.CHECKLIST_TEMPLATE__TEMPLATE_VERSION:
				return templateVersion != TEMPLATE_VERSION_EDEFAULT;
			case CandorPackage.CHECKLIST_TEMPLATE__CHANNELS:
				return channels != null && !channels.isEmpty();
			case CandorPackage.CHECKLIST_TEMPLATE__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case CandorPackage.CHECKLIST_TEMPLATE__ITEMS:
				return items != null && !items.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", templateVersion: ");
		result.append(templateVersion);
		result.append(", channels: ");
		result.append(channels);
		result.append(", active: ");
		result.append(active);
		result.append(')');
		return result.toString();
	}

} //ChecklistTemplateImpl
